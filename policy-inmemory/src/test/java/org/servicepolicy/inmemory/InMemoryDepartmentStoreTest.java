package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.DepartmentStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the department store contract. */
class InMemoryDepartmentStoreTest extends DepartmentStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
