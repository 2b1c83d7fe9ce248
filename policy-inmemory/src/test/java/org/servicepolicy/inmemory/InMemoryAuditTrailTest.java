package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.AuditTrailContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the audit trail contract. */
class InMemoryAuditTrailTest extends AuditTrailContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
