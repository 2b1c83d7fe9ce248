package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.CustomerScoreStoreContract;

/** The JDBC adapter on H2 keeps the customer-score store contract (§2.3.3). */
class H2CustomerScoreStoreTest extends CustomerScoreStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
