package org.servicepolicy.examples.load;

import org.junit.jupiter.api.Tag;

/** {@link ReadTransactionsScenario} on PostgreSQL. */
@Tag("postgres")
class PostgresReadTransactionsTest extends ReadTransactionsScenario {
    @Override
    LoadDatabase database() {
        return LoadDatabase.postgres(env("SERVICEPOLICY_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                env("SERVICEPOLICY_POSTGRES_USER", "postgres"), env("SERVICEPOLICY_POSTGRES_PASSWORD", ""));
    }

    @Override
    int connectionStatements() {
        return 0;
    }

    @Override
    CountingDataSource.Counts countsOfARecordsRead() {
        return new CountingDataSource.Counts(1, 0, 0, 1);
    }

    private static String env(String name, String otherwise) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
