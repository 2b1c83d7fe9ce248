package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.ServiceReportStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the service report store contract (§2.3.1). */
class InMemoryServiceReportStoreTest extends ServiceReportStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
