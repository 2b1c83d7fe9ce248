package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** Approvals of sponsorship racing against the annual cap (§4.1.2) on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentSponsorshipCapTest extends ConcurrentSponsorshipCapScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
