package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** Decisions' reasons and events' attributes as JSON documents on Postgres (issue 10). */
@Tag("postgres")
class PostgresCompactStorageTest extends CompactStorageScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
