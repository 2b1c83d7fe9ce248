package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.tasks.SweepMark;
import org.servicepolicy.tasks.SweepResult;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.testkit.Fixtures;

/**
 * Two instances of an application sweep the same database at the same moment (§3.1.2): each is
 * a library of its own on stores of its own over a data source of its own, as two processes
 * would be. Round after round, as the instant swept for moves on, every overdue task and every
 * missed progress report is marked by exactly one of them and announced by exactly one event in
 * the outbox.
 */
abstract class ConcurrentSweepScenario {
    private static final int TASKS = 8;
    private static final int ROUNDS = 4;
    private static final Duration WEEK = Duration.ofDays(7);
    /** When every task was assigned and accepted: seven weekly report periods end before now. */
    private static final Instant ACCEPTED = Company.NOW.minus(Duration.ofDays(50));

    private TestDatabase database;
    private ExecutorService instances;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        instances = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() {
        instances.shutdownNow();
        database.close();
    }

    @Test
    void twoInstancesSweepingAtOnceMarkEveryItemOnceAndPublishOneEventForIt() throws Exception {
        var firstStores = database.migratedStores();
        var first = Company.hiredOn(firstStores);
        var second = Company.readerOn(JdbcStores.builder(database.separateDataSource()).build());
        var tasks = new ArrayList<Task>();
        for (int i = 0; i < TASKS; i++) {
            // Deadlines three days apart, so that tasks fall overdue in different rounds.
            var deadline = Company.NOW.minus(Duration.ofDays(24 - 3L * i));
            tasks.add(firstStores.tasks().add(Fixtures.task("sweep-" + i).assigner(Company.HR)
                    .assignee(Company.STAFF).policyVersion(StandardPolicy.VERSION).assignedAt(ACCEPTED)
                    .deadline(deadline).progressInterval(Period.ofWeeks(1)).build()
                    .accept(ACCEPTED, Company.STAFF)));
        }
        var markedBefore = new ArrayList<String>();

        for (int round = 1; round <= ROUNDS; round++) {
            var sweptAt = Company.NOW.minus(WEEK.multipliedBy(ROUNDS - round));
            var start = new CyclicBarrier(2);
            var sweeps = new ArrayList<Future<SweepResult>>();
            for (var instance : List.of(first, second)) {
                sweeps.add(instances.submit(() -> {
                    await(start);
                    return instance.policy.tasks().sweep(sweptAt);
                }));
            }
            var marked = new ArrayList<String>();
            for (var sweep : sweeps) {
                sweep.get(120, TimeUnit.SECONDS).marked().forEach(m -> marked.add(item(m)));
            }

            var due = itemsDue(tasks, sweptAt);
            var newlyDue = new ArrayList<>(due);
            newlyDue.removeAll(markedBefore);
            assertThat(newlyDue).as("round %d finds something new", round).isNotEmpty();
            assertThat(marked).as("marked in round %d by either instance", round)
                    .containsExactlyInAnyOrderElementsOf(newlyDue);
            assertThat(tasks.stream().flatMap(t -> firstStores.tasks().marks(t.id()).stream()).map(m -> item(m)))
                    .as("marks stored after round %d", round).containsExactlyInAnyOrderElementsOf(due);
            assertThat(sweepEvents(firstStores)).as("events in the outbox after round %d", round)
                    .containsExactlyInAnyOrderElementsOf(due);
            markedBefore.addAll(newlyDue);
        }
    }

    /**
     * What a sweep at {@code sweptAt} must have found for these tasks, all in progress since
     * {@link #ACCEPTED} without a report: each passed deadline, and each weekly period that ended.
     */
    private static List<String> itemsDue(List<Task> tasks, Instant sweptAt) {
        var items = new ArrayList<String>();
        for (var task : tasks) {
            var deadline = task.currentTerms().deadline();
            if (sweptAt.isAfter(deadline)) {
                items.add("TaskOverdue/" + task.id() + "/" + deadline);
            }
            for (int period = 1; !ACCEPTED.plus(WEEK.multipliedBy(period)).isAfter(sweptAt); period++) {
                items.add("ProgressReportMissed/" + task.id() + "/" + period);
            }
        }
        return items;
    }

    private static String item(SweepMark mark) {
        return mark.kind() == SweepMark.Kind.OVERDUE ? "TaskOverdue/" + mark.task() + "/" + mark.dueAt()
                : "ProgressReportMissed/" + mark.task() + "/" + mark.number();
    }

    private static List<String> sweepEvents(JdbcStores stores) {
        return stores.eventLog().after(0, 100_000).stream()
                .filter(e -> e.type().equals("TaskOverdue") || e.type().equals("ProgressReportMissed"))
                .map(ConcurrentSweepScenario::item).toList();
    }

    private static String item(PublishedEvent event) {
        return event.type() + "/" + event.aggregateId() + "/"
                + event.attributes().get(event.type().equals("TaskOverdue") ? "deadline" : "period");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other instance never started", e);
        }
    }
}
