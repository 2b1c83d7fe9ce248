package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.CycleGradeStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the cycle grade store contract. */
class InMemoryCycleGradeStoreTest extends CycleGradeStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
