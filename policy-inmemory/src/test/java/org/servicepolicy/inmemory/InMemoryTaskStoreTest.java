package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.TaskStoreContract;

/** The in-memory adapter keeps the task store contract. */
class InMemoryTaskStoreTest extends TaskStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
