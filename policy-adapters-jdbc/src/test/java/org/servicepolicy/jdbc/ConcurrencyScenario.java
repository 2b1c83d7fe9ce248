package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.people.Employee;
import org.servicepolicy.testkit.Fixtures;

/**
 * Transactions running at the same time on different threads: optimistic locking lets exactly
 * one of two read-then-update use cases win, and the outbox hands out increasing positions
 * without repeats, each transaction's events in their order (on PostgreSQL, the events of
 * transactions committing at the same moment may interleave).
 */
abstract class ConcurrencyScenario {
    private static final int THREADS = 4;

    private TestDatabase database;
    private JdbcStores stores;
    private ExecutorService pool;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        stores = database.migratedStores();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        database.close();
    }

    @Test
    void twoUseCasesThatReadTheSameEmployeeThenUpdateItEndWithExactlyOneConflict() throws Exception {
        stores.departments().add(Fixtures.department(Fixtures.DEPARTMENT.value()));
        var employee = stores.employees().add(Fixtures.employee("E-1").level(5).build());
        var bothHaveRead = new CyclicBarrier(2);
        var attempts = new ArrayList<Future<Employee>>();
        for (int level : new int[] {4, 2}) {
            Callable<Employee> useCase = () -> stores.transactions().inTransaction(() -> {
                var read = stores.employees().find(employee.id()).orElseThrow();
                await(bothHaveRead);
                return stores.employees().update(read.withLevel(level));
            });
            attempts.add(pool.submit(useCase));
        }

        var winners = new ArrayList<Employee>();
        var conflicts = new ArrayList<ConflictException>();
        for (var attempt : attempts) {
            try {
                winners.add(attempt.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                conflicts.add((ConflictException) e.getCause());
            }
        }

        assertThat(winners).singleElement().extracting(Employee::version).isEqualTo(2L);
        assertThat(conflicts).singleElement().extracting(ConflictException::reason).isEqualTo("stale-version");
        assertThat(stores.employees().find(employee.id())).contains(winners.get(0));
    }

    @Test
    void concurrentTransactionsPublishAtIncreasingPositionsWithEachTransactionsEventsInTheirOrder() throws Exception {
        int transactionsPerThread = 15;
        int eventsPerTransaction = 3;
        var start = new CyclicBarrier(THREADS);
        var workers = new ArrayList<Future<?>>();
        for (int t = 0; t < THREADS; t++) {
            var thread = t;
            workers.add(pool.submit(() -> {
                await(start);
                for (int n = 0; n < transactionsPerThread; n++) {
                    var transaction = "T" + thread + "-" + n;
                    stores.transactions().inTransaction(() -> {
                        for (int e = 0; e < eventsPerTransaction; e++) {
                            stores.eventPublisher().publish(Fixtures.event("Counted", transaction, Instant.EPOCH,
                                    Map.of("index", Integer.toString(e))));
                        }
                        return null;
                    });
                }
                return null;
            }));
        }
        for (var worker : workers) {
            worker.get(120, TimeUnit.SECONDS);
        }

        var events = stores.eventLog().after(0, 10_000);
        int total = THREADS * transactionsPerThread * eventsPerTransaction;
        assertThat(events).hasSize(total);
        assertThat(events).extracting(PublishedEvent::position).isSorted().doesNotHaveDuplicates();
        var byTransaction = events.stream().collect(Collectors.groupingBy(PublishedEvent::aggregateId,
                LinkedHashMap::new, Collectors.mapping(e -> e.attributes().get("index"), Collectors.toList())));
        assertThat(byTransaction).hasSize(THREADS * transactionsPerThread)
                .allSatisfy((transaction, indexes) -> assertThat(indexes).as(transaction).containsExactly("0", "1", "2"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other thread never arrived", e);
        }
    }
}
