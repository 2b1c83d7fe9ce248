package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.people.Employee;
import org.servicepolicy.testkit.Fixtures;

/**
 * On H2, the stores give every connection they take their own lock timeout, so that a decision
 * about an employee waits its turn behind another instead of failing after H2's two seconds.
 */
class H2LockTimeoutTest {
    private TestDatabase database;
    private ExecutorService holder;

    @BeforeEach
    void open() {
        database = TestDatabase.h2();
        holder = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void close() {
        holder.shutdownNow();
        database.close();
    }

    @Test
    void everyConnectionOfTheStoresWaitsThirtySecondsForAHeldRowWhereH2AloneWaitsTwo() throws SQLException {
        var stores = database.migratedStores();

        try (var plain = database.dataSource().getConnection()) {
            assertThat(lockTimeout(plain)).isEqualTo(2_000);
        }
        assertThat(stores.transactions().inTransaction(
                () -> stores.transactions().withConnection(H2LockTimeoutTest::lockTimeout))).isEqualTo(30_000);
        assertThat(stores.transactions().withConnection(H2LockTimeoutTest::lockTimeout)).isEqualTo(30_000);
    }

    @Test
    void aTransactionWaitingForAnEmployeeHeldForADecisionFailsOnlyWhenTheConfiguredTimeoutRunsOut() throws Exception {
        var stores = JdbcStores.builder(database.dataSource()).migrate(true).h2LockTimeout(Duration.ofMillis(200))
                .build();
        stores.departments().add(Fixtures.department(Fixtures.DEPARTMENT.value()));
        var employee = stores.employees().add(Fixtures.employee("E-1").build());
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = holder.submit(() -> stores.transactions().inTransaction(() -> {
            var found = stores.employees().findForDecision(employee.id());
            held.countDown();
            await(release);
            return found;
        }));
        await(held);

        try {
            assertThatThrownBy(() -> stores.transactions().inTransaction(
                    () -> stores.employees().findForDecision(employee.id())))
                    .isInstanceOf(StorageException.class).hasMessageContaining("SQLSTATE HYT00");
        } finally {
            release.countDown();
        }
        assertThat(first.get(60, TimeUnit.SECONDS)).map(Employee::version).contains(1L);
    }

    @Test
    void aLockTimeoutOutsideWhatH2TakesIsRefused() {
        var builder = JdbcStores.builder(database.dataSource());

        assertThatThrownBy(() -> builder.h2LockTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.h2LockTimeout(Duration.ofDays(25))).isInstanceOf(IllegalArgumentException.class);
    }

    private static int lockTimeout(Connection connection) throws SQLException {
        return Sql.queryOne(connection, "SELECT LOCK_TIMEOUT() AS t", row -> row.integer("t")).orElseThrow();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
