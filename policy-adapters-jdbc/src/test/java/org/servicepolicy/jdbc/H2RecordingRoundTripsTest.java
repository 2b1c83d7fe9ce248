package org.servicepolicy.jdbc;

/**
 * {@link RecordingRoundTripsScenario} on H2, embedded, where a statement costs no round trip and
 * none is saved: the lock timeout read and set on the new connection (see
 * {@link JdbcTransactions}), the five reads, the outbox's read of the last position (see
 * {@link JdbcEventOutbox}) and one batch per table the command appends to.
 */
class H2RecordingRoundTripsTest extends RecordingRoundTripsScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }

    @Override
    int statementsPerRecording() {
        return 14;
    }
}
