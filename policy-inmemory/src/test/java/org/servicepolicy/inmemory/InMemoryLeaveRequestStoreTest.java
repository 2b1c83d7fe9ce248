package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.LeaveRequestStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the leave request store contract. */
class InMemoryLeaveRequestStoreTest extends LeaveRequestStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
