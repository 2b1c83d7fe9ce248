package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;
import org.servicepolicy.testkit.EventOutboxContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on PostgreSQL keeps the event outbox contract. */
@Tag("postgres")
class PostgresEventOutboxTest extends EventOutboxContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.postgresMigrated());
    }
}
