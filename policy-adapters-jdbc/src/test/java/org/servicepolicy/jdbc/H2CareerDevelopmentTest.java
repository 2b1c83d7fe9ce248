package org.servicepolicy.jdbc;

/** Sponsorships, development plans and internal selections (§4.1.2, §4.3) through the whole library on H2. */
class H2CareerDevelopmentTest extends CareerDevelopmentScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
