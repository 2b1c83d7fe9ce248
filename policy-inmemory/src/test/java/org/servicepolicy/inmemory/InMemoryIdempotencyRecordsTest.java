package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.IdempotencyRecordsContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the idempotency records contract. */
class InMemoryIdempotencyRecordsTest extends IdempotencyRecordsContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
