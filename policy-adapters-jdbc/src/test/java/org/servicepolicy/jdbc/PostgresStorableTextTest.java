package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** Storable text on PostgreSQL, which refuses a NUL character in text. */
@Tag("postgres")
class PostgresStorableTextTest extends StorableTextScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
