package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;
import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.TrainingStoreContract;

/** The JDBC adapter on PostgreSQL keeps the training store contract (§4.1, §4.2). */
@Tag("postgres")
class PostgresTrainingStoreTest extends TrainingStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.postgresMigrated());
    }
}
