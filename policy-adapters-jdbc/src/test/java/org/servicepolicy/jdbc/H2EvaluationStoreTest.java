package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.EvaluationStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the evaluation store contract. */
class H2EvaluationStoreTest extends EvaluationStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
