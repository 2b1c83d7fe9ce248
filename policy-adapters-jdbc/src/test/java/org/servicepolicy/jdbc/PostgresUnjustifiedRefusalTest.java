package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** An unjustified refusal and its violation are kept together or not at all, on PostgreSQL. */
@Tag("postgres")
class PostgresUnjustifiedRefusalTest extends UnjustifiedRefusalScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
