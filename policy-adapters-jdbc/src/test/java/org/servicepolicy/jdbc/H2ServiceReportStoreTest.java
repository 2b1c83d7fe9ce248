package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.ServiceReportStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the service report store contract (§2.3.1). */
class H2ServiceReportStoreTest extends ServiceReportStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
