package org.servicepolicy.jdbc;

/** §2.3.3: service evaluation periods opened and finalised at once on H2. */
class H2ConcurrentServiceEvaluationTest extends ConcurrentServiceEvaluationScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
