package org.servicepolicy.jdbc;

/** The working life (§1.2) through the whole library on H2. */
class H2WorkingLifeTest extends WorkingLifeScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
