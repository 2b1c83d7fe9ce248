package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.TransactionsContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the transactions contract. */
class H2TransactionsTest extends TransactionsContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
