package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.MeetingStoreContract;

/** The in-memory adapter keeps the meeting store contract (§5.1.2). */
class InMemoryMeetingStoreTest extends MeetingStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
