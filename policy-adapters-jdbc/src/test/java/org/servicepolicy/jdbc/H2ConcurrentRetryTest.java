package org.servicepolicy.jdbc;

/** Requests sending the same idempotency key at once, on H2. */
class H2ConcurrentRetryTest extends ConcurrentRetryScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
