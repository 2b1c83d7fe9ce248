package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.TransactionsContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the transactions contract. */
class InMemoryTransactionsTest extends TransactionsContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
