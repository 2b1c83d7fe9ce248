package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.ViolationStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the violation store contract. */
class InMemoryViolationStoreTest extends ViolationStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
