package org.servicepolicy.jdbc;

/** §5.1.2: several instances sweeping the same overdue action items at once on H2. */
class H2ConcurrentActionItemSweepTest extends ConcurrentActionItemSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
