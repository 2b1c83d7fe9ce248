package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;
import org.servicepolicy.testkit.ServiceReportStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on PostgreSQL keeps the service report store contract (§2.3.1). */
@Tag("postgres")
class PostgresServiceReportStoreTest extends ServiceReportStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.postgresMigrated());
    }
}
