package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.CustomerScoreStoreContract;

/** The in-memory adapter keeps the customer-score store contract (§2.3.3). */
class InMemoryCustomerScoreStoreTest extends CustomerScoreStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
