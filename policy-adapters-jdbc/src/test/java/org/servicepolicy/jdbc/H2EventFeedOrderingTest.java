package org.servicepolicy.jdbc;

/** The event feed's promise under concurrent writers on H2. */
class H2EventFeedOrderingTest extends EventFeedOrderingScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
