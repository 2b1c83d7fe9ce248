package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;
import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.SelectionStoreContract;

/** The JDBC adapter on PostgreSQL keeps the selection store contract (§4.3.2). */
@Tag("postgres")
class PostgresSelectionStoreTest extends SelectionStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.postgresMigrated());
    }
}
