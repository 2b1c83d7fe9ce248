package org.servicepolicy.jdbc;

/** Concurrent transactions on H2. */
class H2ConcurrencyTest extends ConcurrencyScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
