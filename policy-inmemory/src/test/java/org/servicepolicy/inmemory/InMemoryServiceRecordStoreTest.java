package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.ServiceRecordStoreContract;

/** The in-memory adapter keeps the service record store contract (§2.1.3, §2.1.4). */
class InMemoryServiceRecordStoreTest extends ServiceRecordStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
