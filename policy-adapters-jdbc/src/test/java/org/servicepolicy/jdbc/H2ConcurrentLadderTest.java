package org.servicepolicy.jdbc;

/** Violations of one employee recorded at once on H2. */
class H2ConcurrentLadderTest extends ConcurrentLadderScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
