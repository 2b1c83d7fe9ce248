package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.PenaltyStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the penalty store contract. */
class InMemoryPenaltyStoreTest extends PenaltyStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
