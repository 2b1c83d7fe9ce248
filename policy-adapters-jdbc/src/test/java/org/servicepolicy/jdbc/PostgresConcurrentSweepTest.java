package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** Two instances sweeping one PostgreSQL schema at once. */
@Tag("postgres")
class PostgresConcurrentSweepTest extends ConcurrentSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
