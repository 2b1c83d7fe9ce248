package org.servicepolicy.examples.load;

/** {@link ReadTransactionsScenario} on H2. */
class H2ReadTransactionsTest extends ReadTransactionsScenario {
    @Override
    LoadDatabase database() {
        return LoadDatabase.h2();
    }

    @Override
    int connectionStatements() {
        return 1;
    }

    @Override
    CountingDataSource.Counts countsOfARecordsRead() {
        return new CountingDataSource.Counts(1, 1, 1, 3);
    }
}
