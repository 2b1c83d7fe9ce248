package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;
import org.servicepolicy.testkit.DepartmentRequestStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on PostgreSQL keeps the department request store contract (§2.2.1). */
@Tag("postgres")
class PostgresDepartmentRequestStoreTest extends DepartmentRequestStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.postgresMigrated());
    }
}
