package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/**
 * {@link RecordingRoundTripsScenario} on PostgreSQL: the employee held; their violations,
 * penalties and leave with the number of policy versions in one request (the versions
 * themselves known from the last read); and one request that carries every row the command
 * appends, the outbox's shared lock included. With the commit, four round trips (thirteen before
 * the rows were held and the history read in one request).
 */
@Tag("postgres")
class PostgresRecordingRoundTripsTest extends RecordingRoundTripsScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }

    @Override
    int statementsPerRecording() {
        return 3;
    }
}
