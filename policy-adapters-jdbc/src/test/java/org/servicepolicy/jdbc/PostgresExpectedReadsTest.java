package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/**
 * {@link ExpectedReadsScenario} on PostgreSQL: the employees and the three reads expected in one
 * request, and the stores answer from it; with the commit, two round trips instead of five.
 */
@Tag("postgres")
class PostgresExpectedReadsTest extends ExpectedReadsScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }

    @Override
    int statementsOfTheReadsExpected() {
        return 1;
    }
}
