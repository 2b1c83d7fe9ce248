package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;
import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.TaskStoreContract;

/** The JDBC adapter on PostgreSQL keeps the task store contract. */
@Tag("postgres")
class PostgresTaskStoreTest extends TaskStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.postgresMigrated());
    }
}
