package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.SupervisionStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the supervision store contract (§2.3.1). */
class InMemorySupervisionStoreTest extends SupervisionStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
