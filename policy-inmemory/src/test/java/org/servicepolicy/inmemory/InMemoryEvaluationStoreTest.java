package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.EvaluationStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the evaluation store contract. */
class InMemoryEvaluationStoreTest extends EvaluationStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
