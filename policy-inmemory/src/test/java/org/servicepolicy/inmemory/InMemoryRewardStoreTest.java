package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.RewardStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the reward store contract. */
class InMemoryRewardStoreTest extends RewardStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
