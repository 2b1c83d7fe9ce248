package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.AssessmentCycleStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the assessment cycle store contract. */
class H2AssessmentCycleStoreTest extends AssessmentCycleStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
