package org.servicepolicy.jdbc;

/** §2.3.2: several instances sweeping the same overdue feedback at once on H2. */
class H2ConcurrentFeedbackSweepTest extends ConcurrentFeedbackSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
