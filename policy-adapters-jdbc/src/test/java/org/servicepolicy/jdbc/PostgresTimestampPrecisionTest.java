package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** One precision for instants on PostgreSQL. */
@Tag("postgres")
class PostgresTimestampPrecisionTest extends TimestampPrecisionScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
