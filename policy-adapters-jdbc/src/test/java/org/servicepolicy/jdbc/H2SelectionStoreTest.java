package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.SelectionStoreContract;

/** The JDBC adapter on H2 keeps the selection store contract (§4.3.2). */
class H2SelectionStoreTest extends SelectionStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
