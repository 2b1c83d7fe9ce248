package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.ServiceRecordStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the service record store contract (§2.1.3, §2.1.4). */
class H2ServiceRecordStoreTest extends ServiceRecordStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
