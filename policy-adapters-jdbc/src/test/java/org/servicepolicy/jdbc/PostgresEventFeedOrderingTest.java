package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** The event feed's promise under concurrent writers on PostgreSQL (issue 10). */
@Tag("postgres")
class PostgresEventFeedOrderingTest extends EventFeedOrderingScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }
}
