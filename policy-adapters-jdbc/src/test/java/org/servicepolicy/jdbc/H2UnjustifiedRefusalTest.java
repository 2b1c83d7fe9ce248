package org.servicepolicy.jdbc;

/** An unjustified refusal and its violation are kept together or not at all, on H2. */
class H2UnjustifiedRefusalTest extends UnjustifiedRefusalScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
