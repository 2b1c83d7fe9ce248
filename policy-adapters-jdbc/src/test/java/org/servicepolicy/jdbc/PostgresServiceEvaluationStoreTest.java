package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;
import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.ServiceEvaluationStoreContract;

/** The JDBC adapter on PostgreSQL keeps the service evaluation store contract (§2.3.3). */
@Tag("postgres")
class PostgresServiceEvaluationStoreTest extends ServiceEvaluationStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.postgresMigrated());
    }
}
