package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** The event feed's promise under concurrent writers on PostgreSQL. */
@Tag("postgres")
class PostgresEventFeedOrderingTest extends EventFeedOrderingScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
