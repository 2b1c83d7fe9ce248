package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;
import org.servicepolicy.testkit.LeaveRequestStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on PostgreSQL keeps the leave request store contract. */
@Tag("postgres")
class PostgresLeaveRequestStoreTest extends LeaveRequestStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.postgresMigrated());
    }
}
