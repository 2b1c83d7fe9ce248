package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** Requests sending the same idempotency key at once, on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentRetryTest extends ConcurrentRetryScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
