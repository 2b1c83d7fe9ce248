package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.PolicyCatalogContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the policy catalog contract. */
class InMemoryPolicyCatalogTest extends PolicyCatalogContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
