package org.servicepolicy.jdbc;

/** A use case failing half-way writes nothing, on H2. */
class H2FailureMidCommandTest extends FailureMidCommandScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
