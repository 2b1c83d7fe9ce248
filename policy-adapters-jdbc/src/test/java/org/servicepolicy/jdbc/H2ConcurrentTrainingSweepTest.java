package org.servicepolicy.jdbc;

/** §4.1, §4.2: several instances sweeping the same training obligations at once on H2. */
class H2ConcurrentTrainingSweepTest extends ConcurrentTrainingSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
