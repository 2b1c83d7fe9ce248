package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.ServiceEvaluationStoreContract;

/** The in-memory adapter keeps the service evaluation store contract (§2.3.3). */
class InMemoryServiceEvaluationStoreTest extends ServiceEvaluationStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
