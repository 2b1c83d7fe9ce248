package org.servicepolicy.jdbc;

/** The cycle store's locks on H2. */
class H2CycleLockingTest extends CycleLockingScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }

    @Override
    String shortLockTimeout() {
        return "SET LOCK_TIMEOUT 500";
    }
}
