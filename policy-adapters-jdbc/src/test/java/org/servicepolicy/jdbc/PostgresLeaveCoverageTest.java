package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** Leave covering part of an absence, and a late emergency request, stored on PostgreSQL (§3.2.2). */
@Tag("postgres")
class PostgresLeaveCoverageTest extends LeaveCoverageScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
