package org.servicepolicy.jdbc;

/** The compliance assessment through the whole library on H2. */
class H2FullStackAssessmentTest extends FullStackAssessmentScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
