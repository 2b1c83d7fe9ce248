package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.DevelopmentPlanStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the development plan store contract (§4.3.1). */
class H2DevelopmentPlanStoreTest extends DevelopmentPlanStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
