package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** §2.1.3: several instances sweeping the same late cases at once on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentServiceSweepTest extends ConcurrentServiceSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
