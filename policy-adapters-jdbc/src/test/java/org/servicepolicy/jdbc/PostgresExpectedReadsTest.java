package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.servicepolicy.jdbc.internal.RowConsumer;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.ExpectedRead;

/**
 * {@link ExpectedReadsScenario} on PostgreSQL: the employees and the three reads expected in one
 * request, and the stores answer from it. Sent first, with no {@code BEGIN}, the request is a
 * transaction of its own: one round trip instead of five, with no commit to wait for. Under
 * {@code REPEATABLE READ} the same read begins a transaction and commits it, as every statement
 * of a transaction must see the snapshot of its first.
 */
@Tag("postgres")
class PostgresExpectedReadsTest extends ExpectedReadsScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }

    @Override
    CountingDataSource.Counts countsOfTheReadsExpected() {
        return new CountingDataSource.Counts(1, 0, 1, 0);
    }

    @Test
    @DisplayName("under REPEATABLE READ, the reads expected go in one request within a transaction begun and committed")
    void underRepeatableReadTheReadsExpectedBeginATransaction() {
        var repeatable = new CountingDataSource(repeatableRead(database().separateDataSource()));
        var stores = JdbcStores.builder(repeatable.dataSource()).build();
        stores.transactions().inTransaction(() -> stores.employees().findAll(List.of(Company.HR)));
        repeatable.reset();

        var penalties = stores.transactions().inTransaction(() -> {
            stores.transactions().expect(List.of(new ExpectedRead(ExpectedRead.Kind.PENALTIES, Company.STAFF)));
            stores.employees().findAll(List.of(Company.HR, Company.STAFF));
            return stores.penalties().of(Company.STAFF);
        });

        assertThat(repeatable.counts()).isEqualTo(new CountingDataSource.Counts(1, 1, 1, 1));
        assertThat(penalties).isEqualTo(stores().penalties().of(Company.STAFF)).hasSize(2);
    }

    @Test
    @DisplayName("PostgreSQL runs a request of several statements sent with no BEGIN as one transaction")
    void aRequestOfSeveralStatementsIsOneTransaction() throws SQLException {
        var started = new ArrayList<Instant>();
        try (var connection = database().dataSource().getConnection()) {
            assertThat(connection.getAutoCommit()).isTrue();
            RowConsumer startedAt = row -> started.add(row.instant("started"));
            Sql.forEachRowOfEach(connection, List.of("SELECT transaction_timestamp() AS started",
                            "SELECT pg_sleep(0.05) IS NULL AS slept", "SELECT transaction_timestamp() AS started"),
                    List.of(startedAt, row -> { }, startedAt));
        }

        assertThat(started).hasSize(2);
        assertThat(started.get(1)).isEqualTo(started.get(0));
    }

    /** {@code dataSource}, its every connection working under {@code REPEATABLE READ}. */
    private static DataSource repeatableRead(DataSource dataSource) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    try {
                        var result = method.invoke(dataSource, args);
                        if (result instanceof Connection connection) {
                            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
