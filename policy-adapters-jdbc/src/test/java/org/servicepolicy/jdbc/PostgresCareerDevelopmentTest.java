package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** Sponsorships, development plans and internal selections (§4.1.2, §4.3) through the whole library on PostgreSQL. */
@Tag("postgres")
class PostgresCareerDevelopmentTest extends CareerDevelopmentScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
