package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.SelectionStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the selection store contract (§4.3.2). */
class InMemorySelectionStoreTest extends SelectionStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
