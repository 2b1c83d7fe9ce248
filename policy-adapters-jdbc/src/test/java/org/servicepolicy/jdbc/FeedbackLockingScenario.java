package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.feedback.FeedbackChannel;
import org.servicepolicy.feedback.FeedbackCheckpoint;
import org.servicepolicy.feedback.FeedbackItem;
import org.servicepolicy.feedback.FeedbackItemId;
import org.servicepolicy.feedback.FeedbackStatus;
import org.servicepolicy.feedback.FeedbackTokens;
import org.servicepolicy.policy.FeedbackNature;
import org.servicepolicy.testkit.Fixtures;

/**
 * The locks the feedback store takes inside a transaction (see {@link JdbcFeedbackStore}): a
 * sweep that fired a key of an item and a command that changed the item both schedule it again,
 * at once; they take turns on the item's row instead of deadlocking, the later replaces what the
 * earlier scheduled, and the fired key stays fired and unscheduled. A transaction that finds an
 * item another one holds waits for it, then reads what that one committed.
 */
abstract class FeedbackLockingScenario {
    private static final Duration HOUR = Duration.ofHours(1);

    private TestDatabase database;
    private JdbcStores stores;
    private ExecutorService pool;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        stores = database.migratedStores();
        stores.departments().add(Fixtures.department(Fixtures.DEPARTMENT.value()));
        stores.employees().add(Fixtures.employee(Fixtures.EMPLOYEE.value()).build());
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        database.close();
    }

    @Test
    void aSweepAndACommandSchedulingOneItemAtOnceTakeTurns() throws Exception {
        var t = Fixtures.T0;
        var item = stores.feedback().add(routed("F-1", t));
        var breach = new FeedbackCheckpoint("FIRST_RESPONSE.BREACH", t.plus(HOUR));
        var resolution = new FeedbackCheckpoint("R1.RESOLUTION.BREACH", t.plus(HOUR.multipliedBy(8)));
        stores.feedback().schedule(item.id(), List.of(breach, resolution));
        var fired = new CountDownLatch(1);
        var changed = new CountDownLatch(1);

        var sweep = pool.submit(() -> stores.transactions().inTransaction(() -> {
            var answer = stores.feedback().fireOnce(item.id(), breach.key(), breach.at());
            fired.countDown();
            await(changed);
            stores.feedback().schedule(item.id(), List.of(breach, resolution));
            return answer;
        }));
        var command = pool.submit(() -> stores.transactions().inTransaction(() -> {
            await(fired);
            var assigned = stores.feedback().update(item.assignedTo(Fixtures.EMPLOYEE));
            changed.countDown();
            stores.feedback().schedule(item.id(), List.of(breach));
            return assigned;
        }));

        assertThat(sweep.get(60, TimeUnit.SECONDS)).isTrue();
        assertThat(command.get(60, TimeUnit.SECONDS).version()).isEqualTo(2);
        assertThat(stores.feedback().fired(item.id())).containsOnlyKeys(breach.key());
        assertThat(stores.feedback().scheduled(item.id())).containsExactly(resolution);
        assertThat(stores.feedback().dueCheckpoints(t.plus(HOUR.multipliedBy(24)))).containsExactly(item.id());
    }

    @Test
    void aSweepFindingAnItemACommandHoldsWaitsAndThenReadsWhatTheCommandCommitted() throws Exception {
        var t = Fixtures.T0;
        var item = stores.feedback().add(routed("F-1", t));
        var breach = new FeedbackCheckpoint("FIRST_RESPONSE.BREACH", t.plus(HOUR));
        var resolution = new FeedbackCheckpoint("R1.RESOLUTION.BREACH", t.plus(HOUR.multipliedBy(8)));
        stores.feedback().schedule(item.id(), List.of(breach, resolution));
        var changed = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var command = pool.submit(() -> stores.transactions().inTransaction(() -> {
            var found = stores.feedback().find(item.id()).orElseThrow();
            var assigned = stores.feedback().update(found.assignedTo(Fixtures.EMPLOYEE).respondedWith("On it.",
                    t.plus(HOUR.dividedBy(2))));
            stores.feedback().schedule(item.id(), List.of(resolution));
            changed.countDown();
            await(release);
            return assigned;
        }));
        await(changed);

        var sweep = pool.submit(() -> stores.transactions().inTransaction(() -> new Read(
                stores.feedback().find(item.id()).orElseThrow(), stores.feedback().scheduled(item.id()))));

        assertThatThrownBy(() -> sweep.get(500, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        release.countDown();
        var assigned = command.get(60, TimeUnit.SECONDS);
        var read = sweep.get(60, TimeUnit.SECONDS);
        assertThat(read.item()).isEqualTo(assigned);
        assertThat(read.scheduled()).containsExactly(resolution);
    }

    /**
     * What a transaction read of an item.
     *
     * @param item      the item
     * @param scheduled its checkpoints
     */
    private record Read(FeedbackItem item, List<FeedbackCheckpoint> scheduled) {
    }

    /** A hotline complaint recorded by {@link Fixtures#EMPLOYEE} at {@code receivedAt}, routed to {@link Fixtures#DEPARTMENT}. */
    private static FeedbackItem routed(String id, Instant receivedAt) {
        return new FeedbackItem(FeedbackItemId.of(id), FeedbackChannel.COMPLAINT_HOTLINE, FeedbackNature.COMPLAINT,
                "HIGH", "general", "Charged twice", "Charged twice for the March bill.", Optional.empty(), List.of(),
                receivedAt, Optional.of(Fixtures.EMPLOYEE), "v1", Optional.of(Fixtures.DEPARTMENT), Optional.empty(),
                FeedbackStatus.ROUTED, 1, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), receivedAt, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                FeedbackTokens.hash("token-" + id), 0);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction did not get there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
