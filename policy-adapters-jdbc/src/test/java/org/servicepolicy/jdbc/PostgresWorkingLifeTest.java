package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** The working life (§1.2) through the whole library on PostgreSQL. */
@Tag("postgres")
class PostgresWorkingLifeTest extends WorkingLifeScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
