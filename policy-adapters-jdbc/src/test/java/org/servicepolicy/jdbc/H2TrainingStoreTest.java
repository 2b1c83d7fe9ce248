package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.TrainingStoreContract;

/** The JDBC adapter on H2 keeps the training store contract (§4.1, §4.2). */
class H2TrainingStoreTest extends TrainingStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
