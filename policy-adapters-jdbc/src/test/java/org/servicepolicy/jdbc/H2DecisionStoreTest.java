package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.DecisionStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the decision store contract. */
class H2DecisionStoreTest extends DecisionStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
