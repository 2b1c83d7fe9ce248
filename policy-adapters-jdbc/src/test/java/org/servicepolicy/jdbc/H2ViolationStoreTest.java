package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.ViolationStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the violation store contract. */
class H2ViolationStoreTest extends ViolationStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
