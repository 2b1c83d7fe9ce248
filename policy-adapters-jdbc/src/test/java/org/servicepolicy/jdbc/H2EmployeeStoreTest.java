package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.EmployeeStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the employee store contract. */
class H2EmployeeStoreTest extends EmployeeStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
