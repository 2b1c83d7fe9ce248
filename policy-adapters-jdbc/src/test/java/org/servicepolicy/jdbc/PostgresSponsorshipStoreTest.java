package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;
import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.SponsorshipStoreContract;

/** The JDBC adapter on PostgreSQL keeps the sponsorship store contract (§4.1.2). */
@Tag("postgres")
class PostgresSponsorshipStoreTest extends SponsorshipStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.postgresMigrated());
    }
}
