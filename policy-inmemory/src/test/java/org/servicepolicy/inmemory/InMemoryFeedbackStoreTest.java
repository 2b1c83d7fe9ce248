package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.FeedbackStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the feedback store contract (§2.3.2). */
class InMemoryFeedbackStoreTest extends FeedbackStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
