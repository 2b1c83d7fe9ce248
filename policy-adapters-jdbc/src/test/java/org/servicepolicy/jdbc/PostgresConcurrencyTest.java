package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** Concurrent transactions on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrencyTest extends ConcurrencyScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
