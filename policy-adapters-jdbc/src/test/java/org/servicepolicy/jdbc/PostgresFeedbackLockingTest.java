package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** The locks of the feedback store on PostgreSQL (§2.3.2). */
@Tag("postgres")
class PostgresFeedbackLockingTest extends FeedbackLockingScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
