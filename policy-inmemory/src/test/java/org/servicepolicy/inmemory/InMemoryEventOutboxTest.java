package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.EventOutboxContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the event outbox contract. */
class InMemoryEventOutboxTest extends EventOutboxContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
