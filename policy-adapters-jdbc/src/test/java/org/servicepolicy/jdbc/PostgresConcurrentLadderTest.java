package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** Violations of one employee recorded at once on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentLadderTest extends ConcurrentLadderScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
