package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.TrainingStoreContract;

/** The in-memory adapter keeps the training store contract (§4.1, §4.2). */
class InMemoryTrainingStoreTest extends TrainingStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
