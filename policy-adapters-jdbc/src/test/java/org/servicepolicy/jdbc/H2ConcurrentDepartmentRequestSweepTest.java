package org.servicepolicy.jdbc;

/** §2.2.1: several instances sweeping the same unanswered requests at once on H2. */
class H2ConcurrentDepartmentRequestSweepTest extends ConcurrentDepartmentRequestSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
