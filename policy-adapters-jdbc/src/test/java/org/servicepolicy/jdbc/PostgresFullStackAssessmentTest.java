package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** The compliance assessment through the whole library on PostgreSQL. */
@Tag("postgres")
class PostgresFullStackAssessmentTest extends FullStackAssessmentScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
