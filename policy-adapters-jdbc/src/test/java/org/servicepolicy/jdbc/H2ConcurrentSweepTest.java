package org.servicepolicy.jdbc;

/** Two instances sweeping one H2 database at once. */
class H2ConcurrentSweepTest extends ConcurrentSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
