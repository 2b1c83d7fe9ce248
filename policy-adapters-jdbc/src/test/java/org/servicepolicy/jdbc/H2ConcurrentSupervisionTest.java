package org.servicepolicy.jdbc;

/** §2.3.1: observations about one employee recorded at once on H2. */
class H2ConcurrentSupervisionTest extends ConcurrentSupervisionScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
