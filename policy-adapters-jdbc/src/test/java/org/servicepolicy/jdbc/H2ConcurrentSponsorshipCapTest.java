package org.servicepolicy.jdbc;

/** Approvals of sponsorship racing against the annual cap (§4.1.2) on H2. */
class H2ConcurrentSponsorshipCapTest extends ConcurrentSponsorshipCapScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
