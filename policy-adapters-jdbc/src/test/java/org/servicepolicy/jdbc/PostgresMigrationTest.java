package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** The shipped migrations on PostgreSQL. */
@Tag("postgres")
class PostgresMigrationTest extends MigrationScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
