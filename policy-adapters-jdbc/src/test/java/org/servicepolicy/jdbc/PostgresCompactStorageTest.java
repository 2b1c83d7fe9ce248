package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** Decisions' reasons and events' attributes as JSON documents on Postgres. */
@Tag("postgres")
class PostgresCompactStorageTest extends CompactStorageScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
