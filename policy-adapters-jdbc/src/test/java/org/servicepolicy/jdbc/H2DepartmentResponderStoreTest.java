package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.DepartmentResponderStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the department responder store contract (§5.1.1). */
class H2DepartmentResponderStoreTest extends DepartmentResponderStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
