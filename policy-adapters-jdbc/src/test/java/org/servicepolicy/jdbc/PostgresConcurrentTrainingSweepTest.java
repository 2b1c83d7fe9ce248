package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** §4.1, §4.2: several instances sweeping the same training obligations at once on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentTrainingSweepTest extends ConcurrentTrainingSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
