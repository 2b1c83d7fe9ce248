package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.LeaveRequestStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the leave request store contract. */
class H2LeaveRequestStoreTest extends LeaveRequestStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
