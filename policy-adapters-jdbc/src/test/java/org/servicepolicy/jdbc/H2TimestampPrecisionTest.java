package org.servicepolicy.jdbc;

/** One precision for instants on H2. */
class H2TimestampPrecisionTest extends TimestampPrecisionScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
