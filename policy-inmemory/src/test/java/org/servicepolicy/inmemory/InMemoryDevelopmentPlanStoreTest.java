package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.DevelopmentPlanStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the development plan store contract (§4.3.1). */
class InMemoryDevelopmentPlanStoreTest extends DevelopmentPlanStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
