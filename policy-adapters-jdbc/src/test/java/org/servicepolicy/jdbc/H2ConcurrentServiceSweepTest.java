package org.servicepolicy.jdbc;

/** §2.1.3: several instances sweeping the same late cases at once on H2. */
class H2ConcurrentServiceSweepTest extends ConcurrentServiceSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
