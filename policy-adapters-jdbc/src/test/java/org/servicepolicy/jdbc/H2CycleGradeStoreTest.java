package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.CycleGradeStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the cycle grade store contract. */
class H2CycleGradeStoreTest extends CycleGradeStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
