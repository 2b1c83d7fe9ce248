package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.SupervisionStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the supervision store contract (§2.3.1). */
class H2SupervisionStoreTest extends SupervisionStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
