package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** §2.3.2: several instances sweeping the same overdue feedback at once on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentFeedbackSweepTest extends ConcurrentFeedbackSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
