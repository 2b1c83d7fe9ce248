package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** A use case failing half-way writes nothing, on PostgreSQL. */
@Tag("postgres")
class PostgresFailureMidCommandTest extends FailureMidCommandScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
