package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.IdempotencyRecordsContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the idempotency records contract. */
class H2IdempotencyRecordsTest extends IdempotencyRecordsContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
