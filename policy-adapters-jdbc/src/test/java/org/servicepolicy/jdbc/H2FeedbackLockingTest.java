package org.servicepolicy.jdbc;

/** The locks of the feedback store on H2 (§2.3.2). */
class H2FeedbackLockingTest extends FeedbackLockingScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
