package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.RewardStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the reward store contract. */
class H2RewardStoreTest extends RewardStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
