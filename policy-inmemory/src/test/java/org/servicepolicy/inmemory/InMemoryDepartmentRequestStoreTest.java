package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.DepartmentRequestStoreContract;

/** The in-memory adapter keeps the department request store contract (§2.2.1). */
class InMemoryDepartmentRequestStoreTest extends DepartmentRequestStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
