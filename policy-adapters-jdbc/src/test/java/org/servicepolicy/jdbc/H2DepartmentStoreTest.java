package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.DepartmentStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the department store contract. */
class H2DepartmentStoreTest extends DepartmentStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
