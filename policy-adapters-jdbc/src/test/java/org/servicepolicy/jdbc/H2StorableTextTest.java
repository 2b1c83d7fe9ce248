package org.servicepolicy.jdbc;

/** Storable text on H2. */
class H2StorableTextTest extends StorableTextScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
