package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.DecisionStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the decision store contract. */
class InMemoryDecisionStoreTest extends DecisionStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
