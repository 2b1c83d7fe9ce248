package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** §2.2.1: several instances sweeping the same unanswered requests at once on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentDepartmentRequestSweepTest extends ConcurrentDepartmentRequestSweepScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
