package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.SponsorshipStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the sponsorship store contract (§4.1.2). */
class InMemorySponsorshipStoreTest extends SponsorshipStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
