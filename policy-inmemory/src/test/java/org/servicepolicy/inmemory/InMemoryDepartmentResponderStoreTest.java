package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.DepartmentResponderStoreContract;

/** The in-memory adapter keeps the department responder store contract (§5.1.1). */
class InMemoryDepartmentResponderStoreTest extends DepartmentResponderStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
