package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** §2.3.1: observations about one employee recorded at once on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentSupervisionTest extends ConcurrentSupervisionScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
