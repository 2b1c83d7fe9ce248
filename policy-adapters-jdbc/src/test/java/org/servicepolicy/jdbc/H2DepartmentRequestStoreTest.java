package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.DepartmentRequestStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the department request store contract (§2.2.1). */
class H2DepartmentRequestStoreTest extends DepartmentRequestStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
