package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.MeetingStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the meeting store contract (§5.1.2). */
class H2MeetingStoreTest extends MeetingStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
