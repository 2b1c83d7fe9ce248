package org.servicepolicy.jdbc;

/** §2.3.1: rulings on one report at once on H2. */
class H2ConcurrentServiceReportTest extends ConcurrentServiceReportScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
