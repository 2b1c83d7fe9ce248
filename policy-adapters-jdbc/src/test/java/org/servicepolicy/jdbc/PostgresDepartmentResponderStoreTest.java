package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;
import org.servicepolicy.testkit.DepartmentResponderStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on PostgreSQL keeps the department responder store contract (§5.1.1). */
@Tag("postgres")
class PostgresDepartmentResponderStoreTest extends DepartmentResponderStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.postgresMigrated());
    }
}
