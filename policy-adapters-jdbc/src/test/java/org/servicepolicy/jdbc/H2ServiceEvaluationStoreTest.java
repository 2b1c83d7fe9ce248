package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.ServiceEvaluationStoreContract;

/** The JDBC adapter on H2 keeps the service evaluation store contract (§2.3.3). */
class H2ServiceEvaluationStoreTest extends ServiceEvaluationStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
