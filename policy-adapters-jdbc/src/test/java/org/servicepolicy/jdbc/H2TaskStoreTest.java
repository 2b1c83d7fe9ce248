package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.TaskStoreContract;

/** The JDBC adapter on H2 keeps the task store contract. */
class H2TaskStoreTest extends TaskStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
