package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.AssessmentCycleStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the assessment cycle store contract. */
class InMemoryAssessmentCycleStoreTest extends AssessmentCycleStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
