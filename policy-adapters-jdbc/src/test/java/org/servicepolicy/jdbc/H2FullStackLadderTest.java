package org.servicepolicy.jdbc;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ladder through the whole library on H2, in H2's own mode and in its compatibility modes. */
class H2FullStackLadderTest extends FullStackLadderScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PostgreSQL", "MySQL", "MSSQLServer"})
    void theLadderClimbsTheSameInACompatibilityMode(String mode) {
        climbTheLadder(TestDatabase.h2(mode));
    }
}
