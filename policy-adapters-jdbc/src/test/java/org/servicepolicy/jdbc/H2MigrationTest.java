package org.servicepolicy.jdbc;

/** The shipped migrations on H2. */
class H2MigrationTest extends MigrationScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
