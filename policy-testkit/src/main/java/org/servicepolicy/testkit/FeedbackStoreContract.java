package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.feedback.FeedbackChannel;
import org.servicepolicy.feedback.FeedbackCheckpoint;
import org.servicepolicy.feedback.FeedbackItem;
import org.servicepolicy.feedback.FeedbackItemId;
import org.servicepolicy.feedback.FeedbackRuling;
import org.servicepolicy.feedback.FeedbackStatus;
import org.servicepolicy.feedback.FeedbackTokens;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.policy.FeedbackNature;
import org.servicepolicy.policy.ServiceStandard;

/**
 * The contract of {@link org.servicepolicy.feedback.FeedbackStore} (§2.3.2): an item comes back
 * whole, found by id or by its token's hash; updates are optimistic; scheduling replaces the
 * unfired checkpoints and never brings a fired key back; the sweep's read finds the items with an
 * unfired checkpoint due, earliest first; a key fires once, even under concurrent sweeps.
 */
public abstract class FeedbackStoreContract extends PortContract {
    private static final DepartmentId OTHER = DepartmentId.of("D-other");
    private static final EmployeeId CONCERNED = EmployeeId.of("E-concerned");
    private static final Duration HOUR = Duration.ofHours(1);

    @BeforeEach
    void seedThePeople() {
        givenTheFixtureEmployees();
        givenDepartment(OTHER);
        givenEmployee(Fixtures.employee(CONCERNED.value()).build());
    }

    /** A hotline complaint recorded by {@link Fixtures#EMPLOYEE} at {@code receivedAt}, routed to {@link Fixtures#DEPARTMENT}. */
    private static FeedbackItem item(String id, DepartmentId department, Instant receivedAt) {
        return new FeedbackItem(FeedbackItemId.of(id), FeedbackChannel.COMPLAINT_HOTLINE, FeedbackNature.COMPLAINT,
                "HIGH", "billing", "Rechnung doppelt – 账单重复", "Charged twice for 客户-7's March bill.",
                Optional.of("+86 10 5555 0101"), List.of(CONCERNED), receivedAt, Optional.of(Fixtures.EMPLOYEE), "v1",
                Optional.of(department), Optional.empty(), FeedbackStatus.ROUTED, 1, Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), receivedAt, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), FeedbackTokens.hash("token-" + id), 0);
    }

    private static FeedbackCheckpoint at(String key, Instant at) {
        return new FeedbackCheckpoint(key, at);
    }

    @Test
    void anItemIsFoundAsAddedAtVersionOneByIdAndByItsTokenHash() {
        var added = ports().feedback().add(item("F-1", Fixtures.DEPARTMENT, Fixtures.T0));

        assertThat(added.version()).isEqualTo(1);
        assertThat(ports().feedback().find(FeedbackItemId.of("F-1"))).contains(added);
        assertThat(ports().feedback().findByTokenHash(FeedbackTokens.hash("token-F-1"))).contains(added);
        assertThat(ports().feedback().find(FeedbackItemId.of("F-9"))).isEmpty();
        assertThat(ports().feedback().findByTokenHash(FeedbackTokens.hash("token-F-9"))).isEmpty();
    }

    @Test
    void anExistingIdIsADuplicate() {
        ports().feedback().add(item("F-1", Fixtures.DEPARTMENT, Fixtures.T0));

        assertThatThrownBy(() -> ports().feedback().add(item("F-1", Fixtures.DEPARTMENT, Fixtures.T0)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void everyRoundOfHandlingComesBackWholeAndUpdatesAreOptimistic() {
        var t = Fixtures.T0;
        var stored = ports().feedback().add(item("F-1", Fixtures.DEPARTMENT, t));
        var assigned = ports().feedback().update(stored.assignedTo(Fixtures.EMPLOYEE));
        var responded = ports().feedback().update(assigned.respondedWith("We are on it.", t.plus(HOUR)));
        var waiting = ports().feedback().update(responded.waitingOn("Which invoice number?", t.plus(HOUR.multipliedBy(2))));
        var answered = ports().feedback().update(waiting.answered("INV-42", t.plus(HOUR.multipliedBy(3))));
        var reported = ports().feedback().update(answered.resultReported("Refunded once.", t.plus(HOUR.multipliedBy(4))));
        var rejected = ports().feedback().update(reported.rejectedWith("Still charged twice.", t.plus(HOUR.multipliedBy(5))));
        var corrected = ports().feedback().update(rejected.corrected("The refund went to the wrong account.",
                "Refunded to the card used."));
        var again = ports().feedback().update(corrected.resultReported("Refunded to your card.", t.plus(HOUR.multipliedBy(6))));
        var accepted = ports().feedback().update(again.acceptedWith(4, t.plus(HOUR.multipliedBy(7))));
        var ruled = ports().feedback().update(accepted.ruled(FeedbackRuling.justified(List.of(CONCERNED),
                ServiceStandard.FEEDBACK_HANDLING, "The first refund was careless.")));

        assertThat(ruled.version()).isEqualTo(11);
        var found = ports().feedback().find(stored.id()).orElseThrow();
        assertThat(found).isEqualTo(ruled);
        assertThat(found.rounds()).hasSize(2);
        assertThat(found.rounds().get(0).rejection()).contains("Still charged twice.");
        assertThat(found.rounds().get(1).causeAnalysis()).contains("The refund went to the wrong account.");
        assertThat(found.pauses()).singleElement().satisfies(p -> assertThat(p.until()).isPresent());
        assertThat(ports().feedback().findByTokenHash(stored.trackingTokenHash())).contains(ruled);
        assertThatThrownBy(() -> ports().feedback().update(assigned.respondedWith("Stale.", t)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().feedback().update(item("F-9", OTHER, t).atVersion(1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDepartmentSeesTheItemsRoutedToItAndAllAreListedOldestFirst() {
        ports().feedback().add(item("F-2", Fixtures.DEPARTMENT, Fixtures.minutesAfterT0(5)));
        ports().feedback().add(item("F-1", Fixtures.DEPARTMENT, Fixtures.T0));
        ports().feedback().add(item("F-3", OTHER, Fixtures.T0));

        assertThat(ports().feedback().ofDepartment(Fixtures.DEPARTMENT)).extracting(i -> i.id().value())
                .containsExactly("F-1", "F-2");
        assertThat(ports().feedback().ofDepartment(DepartmentId.of("D-none"))).isEmpty();
        assertThat(ports().feedback().all()).extracting(i -> i.id().value()).containsExactly("F-1", "F-3", "F-2");
    }

    @Test
    void schedulingReplacesTheUnfiredCheckpointsAndNeverBringsAFiredKeyBack() {
        var id = ports().feedback().add(item("F-1", Fixtures.DEPARTMENT, Fixtures.T0)).id();
        var t = Fixtures.T0;
        ports().feedback().schedule(id, List.of(at("FIRST_RESPONSE.BREACH", t.plus(HOUR.multipliedBy(2))),
                at("FIRST_RESPONSE.WARNING", t.plus(HOUR))));
        ports().feedback().fireOnce(id, "FIRST_RESPONSE.WARNING", t.plus(HOUR));
        ports().feedback().schedule(id, List.of(at("FIRST_RESPONSE.WARNING", t.plus(HOUR.multipliedBy(3))),
                at("R1.RESOLUTION.WARNING", t.plus(HOUR.multipliedBy(5))),
                at("FIRST_RESPONSE.BREACH", t.plus(HOUR.multipliedBy(4)))));

        assertThat(ports().feedback().scheduled(id)).containsExactly(
                at("FIRST_RESPONSE.BREACH", t.plus(HOUR.multipliedBy(4))),
                at("R1.RESOLUTION.WARNING", t.plus(HOUR.multipliedBy(5))));
        ports().feedback().schedule(id, List.of());
        assertThat(ports().feedback().scheduled(id)).isEmpty();
        assertThat(ports().feedback().fired(id)).containsOnlyKeys("FIRST_RESPONSE.WARNING");
    }

    @Test
    void theSweepFindsTheItemsWithAnUnfiredCheckpointDueEarliestFirst() {
        var t = Fixtures.T0;
        for (var id : List.of("F-late", "F-later", "F-exactly", "F-future", "F-fired")) {
            ports().feedback().add(item(id, Fixtures.DEPARTMENT, t));
        }
        var asOf = t.plus(HOUR.multipliedBy(10));
        ports().feedback().schedule(FeedbackItemId.of("F-later"), List.of(at("R1.RESOLUTION.WARNING",
                t.plus(HOUR.multipliedBy(2))), at("FIRST_RESPONSE.HR", t.plus(HOUR.multipliedBy(11)))));
        ports().feedback().schedule(FeedbackItemId.of("F-late"), List.of(at("FIRST_RESPONSE.BREACH",
                t.plus(HOUR))));
        ports().feedback().schedule(FeedbackItemId.of("F-exactly"), List.of(at("FIRST_RESPONSE.WARNING", asOf)));
        ports().feedback().schedule(FeedbackItemId.of("F-future"), List.of(at("FIRST_RESPONSE.WARNING",
                asOf.plusNanos(1_000))));
        ports().feedback().schedule(FeedbackItemId.of("F-fired"), List.of(at("FIRST_RESPONSE.WARNING", t)));
        ports().feedback().fireOnce(FeedbackItemId.of("F-fired"), "FIRST_RESPONSE.WARNING", t);

        assertThat(ports().feedback().dueCheckpoints(asOf)).extracting(FeedbackItemId::value)
                .containsExactly("F-late", "F-later", "F-exactly");
        assertThat(ports().feedback().dueCheckpoints(t.minusSeconds(1))).isEmpty();
    }

    @Test
    void aKeyFiresOnceAndIsNoLongerScheduled() {
        var id = ports().feedback().add(item("F-1", Fixtures.DEPARTMENT, Fixtures.T0)).id();
        var at = Fixtures.T0.plus(HOUR);
        ports().feedback().schedule(id, List.of(at("FIRST_RESPONSE.BREACH", at)));

        assertThat(ports().feedback().fired(id)).isEmpty();
        assertThat(ports().feedback().fireOnce(id, "FIRST_RESPONSE.BREACH", at)).isTrue();
        assertThat(ports().feedback().fireOnce(id, "FIRST_RESPONSE.BREACH", at.plusSeconds(1))).isFalse();
        assertThat(ports().feedback().fireOnce(id, "FIRST_RESPONSE.HR", at.plusSeconds(2))).isTrue();
        assertThat(ports().feedback().scheduled(id)).isEmpty();
        assertThat(ports().feedback().fired(id)).containsEntry("FIRST_RESPONSE.BREACH", at)
                .containsEntry("FIRST_RESPONSE.HR", at.plusSeconds(2)).hasSize(2);
        assertThat(ports().feedback().fired(FeedbackItemId.of("F-9"))).isEmpty();
    }

    @Test
    void concurrentSweepsFireAKeyExactlyOnce() throws Exception {
        var id = ports().feedback().add(item("F-1", Fixtures.DEPARTMENT, Fixtures.T0)).id();
        var at = Fixtures.T0.plus(HOUR);
        ports().feedback().schedule(id, List.of(at("FIRST_RESPONSE.BREACH", at)));
        var sweeps = 4;
        var start = new CyclicBarrier(sweeps);
        var pool = Executors.newFixedThreadPool(sweeps);
        try {
            var attempts = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < sweeps; i++) {
                Callable<Boolean> fire = () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return ports().transactions().inTransaction(() -> ports().feedback().fireOnce(id,
                            "FIRST_RESPONSE.BREACH", at));
                };
                attempts.add(pool.submit(fire));
            }
            var fired = 0;
            for (var attempt : attempts) {
                fired += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertThat(fired).isEqualTo(1);
            assertThat(ports().feedback().fired(id)).containsOnlyKeys("FIRST_RESPONSE.BREACH");
        } finally {
            pool.shutdownNow();
        }
    }
}
