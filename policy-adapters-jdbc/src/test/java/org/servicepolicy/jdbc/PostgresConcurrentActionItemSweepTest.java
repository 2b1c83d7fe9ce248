package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** §5.1.2: several instances sweeping the same overdue action items at once on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentActionItemSweepTest extends ConcurrentActionItemSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
