package org.servicepolicy.jdbc;

/**
 * {@link ExpectedReadsScenario} on H2, which reads nothing ahead: one transaction, begun and
 * committed, and six statements: the lock timeout read and set on the new connection (see
 * {@link JdbcTransactions}), the employees and each of the three reads, one statement each.
 */
class H2ExpectedReadsTest extends ExpectedReadsScenario {
    @Override
    TestDatabase newDatabase() {
        var database = TestDatabase.h2();
        database.migratedStores();
        return database;
    }

    @Override
    CountingDataSource.Counts countsOfTheReadsExpected() {
        return new CountingDataSource.Counts(1, 1, 6, 1);
    }
}
