package org.servicepolicy.jdbc;

/** Decisions' reasons and events' attributes as JSON documents on H2. */
class H2CompactStorageTest extends CompactStorageScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
