package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.EventOutboxContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the event outbox contract. */
class H2EventOutboxTest extends EventOutboxContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
