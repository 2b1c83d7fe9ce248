package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** The cycle store's locks on PostgreSQL. */
@Tag("postgres")
class PostgresCycleLockingTest extends CycleLockingScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }

    @Override
    String shortLockTimeout() {
        return "SET LOCAL lock_timeout = '500ms'";
    }
}
