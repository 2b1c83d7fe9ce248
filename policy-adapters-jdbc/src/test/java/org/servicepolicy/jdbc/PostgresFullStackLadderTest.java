package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** The ladder through the whole library on PostgreSQL. */
@Tag("postgres")
class PostgresFullStackLadderTest extends FullStackLadderScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
