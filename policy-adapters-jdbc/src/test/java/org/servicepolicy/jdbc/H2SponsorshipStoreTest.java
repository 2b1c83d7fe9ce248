package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.PortsUnderTest;
import org.servicepolicy.testkit.SponsorshipStoreContract;

/** The JDBC adapter on H2 keeps the sponsorship store contract (§4.1.2). */
class H2SponsorshipStoreTest extends SponsorshipStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
