package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.assessment.AssessmentCycle;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.CycleStatus;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.testkit.Fixtures;

/**
 * The locks the cycle store takes inside a transaction (see {@link JdbcAssessmentCycleStore}):
 * a transaction that has read every cycle keeps others from reading them until it ends, so the
 * core's check for overlapping cycles (§3.3.1) cannot pass in two transactions at once; a
 * transaction that has found a cycle keeps others from finding it, so evaluating and finalizing
 * one cycle run one after the other. A waiting transaction is given a short lock timeout, so
 * that it fails instead of waiting while the other is held open on purpose.
 */
abstract class CycleLockingScenario {
    private static final DepartmentId SALES = DepartmentId.of("D-sales");

    private TestDatabase database;
    private JdbcStores stores;
    private ExecutorService pool;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    /** The statement that makes the running transaction give up waiting for a lock after a short while. */
    abstract String shortLockTimeout();

    @BeforeEach
    void open() {
        database = newDatabase();
        stores = database.migratedStores();
        stores.departments().add(Fixtures.department(Fixtures.DEPARTMENT.value()));
        stores.departments().add(Fixtures.department(SALES.value()));
        pool = Executors.newFixedThreadPool(4);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        database.close();
    }

    @Test
    void aTransactionThatReadEveryCycleKeepsOthersFromReadingThemUntilItHasAddedItsOwn() throws Exception {
        var scanned = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var first = pool.submit(() -> stores.transactions().inTransaction(() -> {
            var seen = stores.assessmentCycles().all();
            scanned.countDown();
            await(release);
            stores.assessmentCycles().add(Fixtures.assessmentCycle("C-first").build());
            return seen;
        }));
        await(scanned);

        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
            setShortLockTimeout();
            return stores.assessmentCycles().all();
        })).isInstanceOf(StorageException.class);
        release.countDown();

        assertThat(first.get(60, TimeUnit.SECONDS)).isEmpty();
        assertThat(stores.transactions().inTransaction(() -> stores.assessmentCycles().all()))
                .extracting(AssessmentCycle::id).containsExactly(AssessmentCycleId.of("C-first"));
    }

    @Test
    void readingEveryCycleOutsideATransactionDoesNotWaitForTheLock() throws Exception {
        stores.assessmentCycles().add(Fixtures.assessmentCycle("C-1").build());
        var scanned = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = pool.submit(() -> stores.transactions().inTransaction(() -> {
            stores.assessmentCycles().all();
            scanned.countDown();
            await(release);
            return stores.assessmentCycles().add(Fixtures.assessmentCycle("C-2").departments(SALES).build());
        }));
        await(scanned);

        var read = pool.submit(() -> stores.assessmentCycles().all()).get(60, TimeUnit.SECONDS);
        release.countDown();

        assertThat(read).extracting(AssessmentCycle::id).containsExactly(AssessmentCycleId.of("C-1"));
        assertThat(holder.get(60, TimeUnit.SECONDS).version()).isEqualTo(1);
    }

    @Test
    void overlapChecksRacingInTransactionsLetExactlyOneOfFourPairwiseOverlappingCyclesIn() throws Exception {
        var start = new CyclicBarrier(4);
        var attempts = new ArrayList<Future<AssessmentCycle>>();
        var candidates = new AssessmentCycle[] {
            Fixtures.assessmentCycle("C-company").build(),
            Fixtures.assessmentCycle("C-sales").departments(SALES).build(),
            Fixtures.assessmentCycle("C-both").departments(SALES, Fixtures.DEPARTMENT)
                    .period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31)).build(),
            Fixtures.assessmentCycle("C-last-day").departments(SALES)
                    .period(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31)).build()};
        for (var candidate : candidates) {
            Callable<AssessmentCycle> openIfFree = () -> {
                await(start);
                return stores.transactions().inTransaction(() -> {
                    // The check AssessmentService.open makes before it adds a cycle.
                    for (var other : stores.assessmentCycles().all()) {
                        if (other.scope().overlaps(candidate.scope()) && other.overlapsInTime(candidate)) {
                            throw ConflictException.duplicate("overlapping cycle", other.id());
                        }
                    }
                    return stores.assessmentCycles().add(candidate);
                });
            };
            attempts.add(pool.submit(openIfFree));
        }

        var opened = new ArrayList<AssessmentCycle>();
        var refused = 0;
        for (var attempt : attempts) {
            try {
                opened.add(attempt.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                refused++;
            }
        }

        assertThat(opened).hasSize(1);
        assertThat(refused).isEqualTo(3);
        assertThat(stores.assessmentCycles().all()).containsExactlyElementsOf(opened);
    }

    @Test
    void aTransactionThatFoundACycleKeepsOthersFromFindingItUntilItHasFinalizedIt() throws Exception {
        var cycle = stores.assessmentCycles().add(Fixtures.assessmentCycle("C-1").build());
        var found = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var finalizer = pool.submit(() -> stores.transactions().inTransaction(() -> {
            var read = stores.assessmentCycles().find(cycle.id()).orElseThrow();
            found.countDown();
            await(release);
            return stores.assessmentCycles().update(read.finalized(Fixtures.minutesAfterT0(60), Fixtures.HR));
        }));
        await(found);

        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
            setShortLockTimeout();
            return stores.assessmentCycles().find(cycle.id());
        })).isInstanceOf(StorageException.class);
        assertThat(stores.assessmentCycles().find(cycle.id()).orElseThrow().status()).isEqualTo(CycleStatus.OPEN);
        release.countDown();

        assertThat(finalizer.get(60, TimeUnit.SECONDS).version()).isEqualTo(2);
        assertThat(stores.transactions().inTransaction(() -> stores.assessmentCycles().find(cycle.id())))
                .hasValueSatisfying(c -> assertThat(c.status()).isEqualTo(CycleStatus.FINALIZED));
    }

    @Test
    void findingOneCycleDoesNotKeepOthersFromFindingAnother() throws Exception {
        var first = stores.assessmentCycles().add(Fixtures.assessmentCycle("C-1").build());
        var second = stores.assessmentCycles().add(Fixtures.assessmentCycle("C-2").departments(SALES)
                .period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)).build());
        var found = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var holder = pool.submit(() -> stores.transactions().inTransaction(() -> {
            stores.assessmentCycles().find(first.id());
            found.countDown();
            await(release);
            return null;
        }));
        await(found);

        var other = stores.transactions().inTransaction(() -> {
            setShortLockTimeout();
            return stores.assessmentCycles().find(second.id());
        });
        release.countDown();
        holder.get(60, TimeUnit.SECONDS);

        assertThat(other).contains(second);
    }

    private void setShortLockTimeout() {
        var connection = stores.transactions().currentConnection().orElseThrow();
        try {
            Sql.update(connection, shortLockTimeout());
        } catch (SQLException e) {
            throw new IllegalStateException(shortLockTimeout(), e);
        }
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

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other threads never arrived", e);
        }
    }
}
