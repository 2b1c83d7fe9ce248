package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** §2.3.1: rulings on one report at once on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentServiceReportTest extends ConcurrentServiceReportScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
