package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.EmployeeStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the employee store contract. */
class InMemoryEmployeeStoreTest extends EmployeeStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
