package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.PenaltyStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the penalty store contract. */
class H2PenaltyStoreTest extends PenaltyStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
