package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;
import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.CustomerScoreStoreContract;

/** The JDBC adapter on PostgreSQL keeps the customer-score store contract (§2.3.3). */
@Tag("postgres")
class PostgresCustomerScoreStoreTest extends CustomerScoreStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.postgresMigrated());
    }
}
