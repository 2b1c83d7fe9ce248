package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.tasks.AdjustmentOutcome;
import org.servicepolicy.tasks.RequirementCheck;
import org.servicepolicy.tasks.ReviewOutcome;
import org.servicepolicy.tasks.SweepMark;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.tasks.TaskId;
import org.servicepolicy.tasks.TaskStatus;
import org.servicepolicy.tasks.TaskStore;

/**
 * The contract of {@link TaskStore}: a task comes back whole (every version of its terms,
 * every status it entered, its refusals with their rulings, adjustment requests with their
 * decisions, progress reports, escalations with their answers, completion reports with their
 * self-checks, reviews, and the people and departments copied), whether it was added in one go
 * or updated one step at a time; a task read while another transaction updates it is always
 * one whole stored version, never parts of two; the finders list the right tasks, oldest
 * assignment first; optimistic locking holds; and {@link TaskStore#markOnce} records a mark
 * exactly once per key, within the caller's transaction, however many callers race for it.
 */
public abstract class TaskStoreContract extends PortContract {
    private static final EmployeeId PEER = EmployeeId.of("E-peer");
    private static final EmployeeId BOSS = EmployeeId.of("E-boss");
    private static final DepartmentId SALES = DepartmentId.of("D-sales");
    private static final ViolationId VIOLATION = ViolationId.of("V-refusal");
    private static final int RACERS = 6;
    private static final int ROUNDS = 5;

    private final ExecutorService pool = Executors.newFixedThreadPool(RACERS);

    @BeforeEach
    void seedTheRecordsTasksReferTo() {
        givenTheFixtureEmployees();
        givenEmployee(PEER);
        givenEmployee(BOSS);
        givenDepartment(SALES);
        ports().violations().add(Fixtures.violation(VIOLATION.value())
                .type(ViolationType.TASK_REFUSED_WITHOUT_VALID_REASON).severity(Severity.MODERATE).build());
    }

    @AfterEach
    void stopTheRacers() {
        pool.shutdownNow();
    }

    // ---------------------------------------------------------------- round trips

    @Test
    void aNewTaskIsFoundAsAddedAtVersionOne() {
        var task = Fixtures.task("T-1").build();

        var stored = tasks().add(task);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).isEqualTo(task.withVersion(1));
        var found = tasks().find(task.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(found.progressInterval()).isEmpty();
        assertThat(found.copiedPeople()).isEmpty();
        assertThat(found.copiedDepartments()).isEmpty();
    }

    @Test
    void aTaskWithEveryKindOfEntryAddedInOneGoComesBackWhole() {
        var task = lived(richTask("T-1", Fixtures.T0), aWholeLife());

        var stored = tasks().add(task);

        var found = tasks().find(task.id()).orElseThrow();
        assertThat(found).isEqualTo(stored).isEqualTo(task.withVersion(1));
        assertThat(found.terms()).extracting(t -> t.version()).containsExactly(1, 2);
        assertThat(found.terms().get(1).adjustment()).contains(1);
        assertThat(found.history()).extracting(t -> t.status()).containsExactly(TaskStatus.ASSIGNED,
                TaskStatus.REFUSED, TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED,
                TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED, TaskStatus.COMPLETED);
        assertThat(found.refusals()).singleElement().satisfies(r -> assertThat(r.ruling().orElseThrow().violation())
                .contains(VIOLATION));
        assertThat(found.adjustments()).extracting(a -> a.decision().orElseThrow().outcome())
                .containsExactly(AdjustmentOutcome.APPROVED, AdjustmentOutcome.DENIED, AdjustmentOutcome.LAPSED);
        assertThat(found.progressReports()).extracting(r -> r.blockers().size()).containsExactly(2, 0);
        assertThat(found.escalations()).extracting(e -> e.answer().isPresent()).containsExactly(true, false);
        assertThat(found.completions()).extracting(c -> c.allRequirementsMet()).containsExactly(false, true);
        assertThat(found.reviews()).extracting(r -> r.outcome()).containsExactly(ReviewOutcome.RETURNED,
                ReviewOutcome.ACCEPTED);
        assertThat(found.copiedPeople()).containsExactly(PEER, Fixtures.HR);
        assertThat(found.copiedDepartments()).containsExactly(SALES, Fixtures.DEPARTMENT);
    }

    @Test
    void aTaskUpdatedAtEveryStepOfItsLifeIsFoundAsEachUpdateReturnedIt() {
        var stored = tasks().add(richTask("T-1", Fixtures.T0));

        for (var step : aWholeLife()) {
            var next = step.apply(stored);
            var updated = tasks().update(next);

            assertThat(updated).isEqualTo(next.withVersion(stored.version() + 1));
            assertThat(tasks().find(stored.id())).contains(updated);
            stored = updated;
        }

        assertThat(stored.version()).isEqualTo(aWholeLife().size() + 1L);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version")
                .isEqualTo(lived(richTask("T-1", Fixtures.T0), aWholeLife()));
    }

    @Test
    void aJustifiedRefusalClosesTheTaskWithAnEmptyCommentNoViolationAndTheAdjustmentLapsed() {
        var refused = tasks().add(Fixtures.task("T-1").build()
                .requestAdjustment(at(5), Optional.of(days(9)), List.of(), "the ledger closes late", "two more days",
                        false, "standard")
                .refuse(at(10), Fixtures.EMPLOYEE, "I am not trained on the ledger"));

        var closed = tasks().update(refused.ruleOnRefusal(true, at(20), Fixtures.HR, "", Optional.empty()));

        var found = tasks().find(refused.id()).orElseThrow();
        assertThat(found).isEqualTo(closed);
        assertThat(found.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(found.refusals()).singleElement().satisfies(r -> {
            assertThat(r.justified()).isTrue();
            assertThat(r.ruling().orElseThrow().comment()).isEmpty();
            assertThat(r.ruling().orElseThrow().violation()).isEmpty();
        });
        assertThat(found.history().get(found.history().size() - 1).note()).isEmpty();
        assertThat(found.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.decision().orElseThrow().outcome()).isEqualTo(AdjustmentOutcome.LAPSED);
            assertThat(a.newRequirements()).isEmpty();
        });
    }

    @ParameterizedTest
    @MethodSource("progressIntervals")
    void everyProgressIntervalIsKept(Period interval) {
        tasks().add(Fixtures.task("T-1").progressInterval(interval).build());

        assertThat(tasks().find(TaskId.of("T-1")).orElseThrow().progressInterval()).contains(interval);
    }

    static Stream<Period> progressIntervals() {
        return Stream.of(Period.ofDays(1), Period.ofWeeks(2), Period.ofMonths(1), Period.of(1, 2, 3));
    }

    @Test
    void theLongestTextsAndTheMostEntriesTheServiceAcceptsComeBackWhole() {
        var requirements = IntStream.rangeClosed(1, 100).mapToObj(n -> "%03d ".formatted(n) + "要求".repeat(498))
                .toList();
        var task = Fixtures.task("T-1").title("题".repeat(200)).objective("目标".repeat(2000))
                .qualityStandard("q".repeat(2000)).requirements(requirements).build()
                .accept(at(1), Fixtures.EMPLOYEE)
                .reportProgress(at(2), "进展".repeat(2000), 50, requirements)
                .escalate(at(3), "e".repeat(4000));

        tasks().add(task);

        var found = tasks().find(task.id()).orElseThrow();
        assertThat(found).isEqualTo(task.withVersion(1));
        assertThat(found.currentTerms().requirements()).hasSize(100).allSatisfy(r -> assertThat(r).hasSize(1000));
        assertThat(found.currentTerms().objective()).hasSize(4000);
        assertThat(found.progressReports().get(0).blockers()).isEqualTo(requirements);
    }

    @ParameterizedTest
    @EnumSource(TaskStatus.class)
    void everyStatusIsKeptAndOnlyTheFinishedOnesLeaveTheSweepsWork(TaskStatus status) {
        var stored = stored(Fixtures.task("T-1").build(), pathTo(status));

        assertThat(tasks().find(stored.id()).orElseThrow().status()).isEqualTo(status);
        assertThat(tasks().unfinished()).extracting(Task::id)
                .isEqualTo(status.finished() ? List.of() : List.of(stored.id()));
    }

    // ---------------------------------------------------------------- finders

    @Test
    void assignedToListsTheAssigneesTasksOldestAssignmentFirstAsLastStored() {
        var latest = add(Fixtures.task("T-a").assignedAt(at(60)));
        var earliest = stored(Fixtures.task("T-b").assignedAt(at(-60)).build(), t -> t.accept(at(0), Fixtures.EMPLOYEE));
        var peers = add(Fixtures.task("T-c").assignee(PEER));
        var middle = add(Fixtures.task("T-d").assignedAt(Fixtures.T0));

        assertThat(tasks().assignedTo(Fixtures.EMPLOYEE)).containsExactly(earliest, middle, latest);
        assertThat(tasks().assignedTo(PEER)).containsExactly(peers);
        assertThat(tasks().assignedTo(BOSS)).isEmpty();
    }

    @Test
    void assignedToAllGivesEachAssigneeWhatAssignedToGivesInTheOrderTheyWereGiven() {
        add(Fixtures.task("T-a").assignedAt(at(60)));
        stored(Fixtures.task("T-b").assignedAt(at(-60)).build(), t -> t.accept(at(0), Fixtures.EMPLOYEE));
        stored(Fixtures.task("T-c").assignee(PEER).build(), t -> t.refuse(at(1), PEER, "not my job"));
        add(Fixtures.task("T-d").assignedAt(Fixtures.T0).assigner(BOSS).copiedPeople(PEER).copiedDepartments(SALES));
        var assignees = List.of(PEER, BOSS, Fixtures.EMPLOYEE, PEER);

        var all = tasks().assignedToAll(assignees);

        assertThat(all.keySet()).containsExactly(PEER, BOSS, Fixtures.EMPLOYEE);
        assertThat(all.get(Fixtures.EMPLOYEE)).hasSize(3).isEqualTo(tasks().assignedTo(Fixtures.EMPLOYEE));
        assertThat(all.get(PEER)).hasSize(1).isEqualTo(tasks().assignedTo(PEER));
        assertThat(all.get(BOSS)).isEmpty();
    }

    @Test
    void assignedToAllFindsTheTasksOfAssigneesSpreadOverMoreIdsThanOneStatementBinds() {
        stored(Fixtures.task("T-boss").assignee(BOSS).build(), t -> t.accept(at(0), BOSS));
        add(Fixtures.task("T-1").assignedAt(at(5)));
        add(Fixtures.task("T-2"));
        stored(Fixtures.task("T-peer-1").assignee(PEER).assignedAt(at(-5)).build(),
                t -> t.refuse(at(1), PEER, "not my job"));
        add(Fixtures.task("T-peer-2").assignee(PEER));
        var assignees = manyIdsAmong(List.of(BOSS, Fixtures.EMPLOYEE, PEER));

        var all = tasks().assignedToAll(assignees);

        assertThat(all.keySet()).containsExactlyElementsOf(assignees);
        for (var assignee : assignees) {
            assertThat(all.get(assignee)).as(assignee.value()).isEqualTo(tasks().assignedTo(assignee));
        }
        assertThat(all.values().stream().mapToInt(List::size).sum()).isEqualTo(5);
    }

    @Test
    void assignedToAllOfNoAssigneesIsEmpty() {
        add(Fixtures.task("T-1"));

        assertThat(tasks().assignedToAll(List.of())).isEmpty();
    }

    @Test
    void assignedByListsTheAssignersTasksOldestAssignmentFirstAsLastStored() {
        var latest = add(Fixtures.task("T-a").assigner(BOSS).assignedAt(at(60)));
        var earliest = stored(Fixtures.task("T-b").assigner(BOSS).assignedAt(at(-60)).build(),
                t -> t.refuse(at(0), Fixtures.EMPLOYEE, "not my job"));
        var byHr = add(Fixtures.task("T-c"));
        var middle = add(Fixtures.task("T-d").assigner(BOSS).assignee(PEER));

        assertThat(tasks().assignedBy(BOSS)).containsExactly(earliest, middle, latest);
        assertThat(tasks().assignedBy(Fixtures.HR)).containsExactly(byHr);
        assertThat(tasks().assignedBy(PEER)).isEmpty();
    }

    @Test
    void unfinishedListsEveryOpenTaskOfEveryoneOldestAssignmentFirst() {
        var submitted = stored(Fixtures.task("T-a").assignee(PEER).assignedAt(at(30)).build(),
                pathTo(TaskStatus.SUBMITTED));
        stored(Fixtures.task("T-b").assignedAt(at(-30)).build(), pathTo(TaskStatus.COMPLETED));
        var refused = stored(Fixtures.task("T-c").assigner(BOSS).assignedAt(at(-20)).build(),
                pathTo(TaskStatus.REFUSED));
        stored(Fixtures.task("T-d").assignedAt(at(-10)).build(), pathTo(TaskStatus.CLOSED));
        var assigned = add(Fixtures.task("T-e").assignedAt(at(-40)));
        var inProgress = stored(Fixtures.task("T-f").assignedAt(at(10)).build(), pathTo(TaskStatus.IN_PROGRESS));

        assertThat(tasks().unfinished()).containsExactly(assigned, refused, inProgress, submitted);
    }

    @Test
    void withOpenEscalationsListsOnlyTheTasksWithAnUnansweredOneOldestAssignmentFirst() {
        stored(Fixtures.task("T-a").assignedAt(at(-30)).build(), t -> t.accept(at(0), Fixtures.EMPLOYEE),
                t -> t.escalate(at(1), "the ledger is locked"),
                t -> t.answerEscalation(1, at(2), Fixtures.HR, "unlocked"));
        var open = stored(Fixtures.task("T-b").assignedAt(at(30)).build(), t -> t.accept(at(31), Fixtures.EMPLOYEE),
                t -> t.escalate(at(32), "no budget for the charts"));
        var partlyAnswered = stored(Fixtures.task("T-c").assignedAt(at(-60)).build(),
                t -> t.accept(at(0), Fixtures.EMPLOYEE), t -> t.escalate(at(1), "first issue"),
                t -> t.escalate(at(2), "second issue"), t -> t.answerEscalation(1, at(3), Fixtures.HR, "solved"));
        stored(Fixtures.task("T-d").build(), t -> t.accept(at(1), Fixtures.EMPLOYEE));

        assertThat(tasks().withOpenEscalations()).containsExactly(partlyAnswered, open);
    }

    @Test
    void aListedTaskIsAsWholeAsTheSameTaskFoundAlone() {
        var life = aWholeLife();
        var stored = new ArrayList<Task>();
        for (int steps = 0; steps <= life.size(); steps++) {
            var id = "T-%02d".formatted(steps);
            stored.add(stored(richTask(id, at(-steps - 1)), life.subList(0, steps)));
        }
        Collections.reverse(stored);

        var listed = tasks().assignedTo(Fixtures.EMPLOYEE);

        assertThat(listed).containsExactlyElementsOf(stored);
        assertThat(tasks().assignedBy(Fixtures.HR)).containsExactlyElementsOf(stored);
        listed.forEach(task -> assertThat(tasks().find(task.id())).contains(task));
    }

    @Test
    void aTaskReadWhileAnotherTransactionUpdatesItIsAlwaysOneWholeStoredVersion() throws Exception {
        var life = aWholeLife();
        var ids = List.of("T-0", "T-1", "T-2", "T-3");
        var versions = new HashMap<TaskId, List<Task>>();
        for (int i = 0; i < ids.size(); i++) {
            var task = richTask(ids.get(i), at(-i));
            var each = new ArrayList<>(List.of(tasks().add(task)));
            for (var step : life) {
                each.add(step.apply(each.get(each.size() - 1)).withVersion(each.size() + 1L));
            }
            versions.put(task.id(), each);
        }
        var writing = new AtomicBoolean(true);
        var writer = pool.submit(() -> {
            try {
                for (var id : versions.keySet()) {
                    var stored = tasks().find(id).orElseThrow();
                    for (var step : life) {
                        stored = tasks().update(step.apply(stored));
                    }
                }
            } finally {
                writing.set(false);
            }
            return null;
        });

        int reads = 0;
        do {
            for (var id : versions.keySet()) {
                var found = tasks().find(id).orElseThrow();
                assertThat(found).isEqualTo(versions.get(id).get((int) found.version() - 1));
            }
            for (var listed : tasks().assignedTo(Fixtures.EMPLOYEE)) {
                assertThat(listed).isEqualTo(versions.get(listed.id()).get((int) listed.version() - 1));
            }
            reads++;
        } while (writing.get());
        outcome(writer);

        assertThat(reads).isPositive();
        versions.forEach((id, each) -> assertThat(tasks().find(id)).contains(each.get(each.size() - 1)));
    }

    @Test
    void anUnknownTaskIsNotFound() {
        add(Fixtures.task("T-1"));

        assertThat(tasks().find(TaskId.of("T-2"))).isEmpty();
    }

    // ---------------------------------------------------------------- optimistic locking

    @Test
    void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
        var stored = add(Fixtures.task("T-1"));
        var current = tasks().update(stored.accept(at(1), Fixtures.EMPLOYEE));

        assertConflict("stale-version", () -> tasks().update(stored.refuse(at(2), Fixtures.EMPLOYEE, "too late")));

        assertThat(tasks().find(stored.id())).contains(current);
    }

    @Test
    void anUpdateOfAnUnknownTaskIsNotFound() {
        var unknown = Fixtures.task("T-unknown").version(1).build().accept(at(1), Fixtures.EMPLOYEE);

        assertThatThrownBy(() -> tasks().update(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(tasks().find(unknown.id())).isEmpty();
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = add(Fixtures.task("T-1"));

        assertConflict("duplicate", () -> tasks().add(Fixtures.task("T-1").assignee(PEER).title("another").build()));

        assertThat(tasks().find(first.id())).contains(first);
        assertThat(tasks().assignedTo(PEER)).isEmpty();
    }

    @Test
    void anUpdateInATransactionThatFailsLeavesTheTaskAsItWas() {
        var stored = add(Fixtures.task("T-1"));

        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            tasks().update(stored.accept(at(1), Fixtures.EMPLOYEE).escalate(at(2), "stuck"));
            throw new IllegalStateException("the use case failed after the update");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tasks().find(stored.id())).contains(stored);
        assertThat(tasks().withOpenEscalations()).isEmpty();
        assertThat(tasks().update(stored.refuse(at(3), Fixtures.EMPLOYEE, "busy")).version()).isEqualTo(2);
    }

    // ---------------------------------------------------------------- sweep marks

    @Test
    void aMarkIsRecordedOncePerKeyAndTheFirstIsKept() {
        var task = add(Fixtures.task("T-1"));
        var first = new SweepMark(task.id(), SweepMark.Kind.OVERDUE, 1, days(7), at(8 * 24 * 60));

        assertThat(tasks().markOnce(first)).isTrue();
        assertThat(tasks().markOnce(new SweepMark(task.id(), SweepMark.Kind.OVERDUE, 1, days(9), days(10))))
                .isFalse();

        assertThat(tasks().marks(task.id())).containsExactly(first);
    }

    @Test
    void theTaskTheKindAndTheNumberEachMakeADifferentKeyAndMarksAreListedInRecordingOrder() {
        var task = add(Fixtures.task("T-1")).id();
        var other = add(Fixtures.task("T-2")).id();
        var marks = List.of(new SweepMark(task, SweepMark.Kind.MISSED_PROGRESS_REPORT, 2, days(14), days(20)),
                new SweepMark(task, SweepMark.Kind.OVERDUE, 2, days(12), days(19)),
                new SweepMark(task, SweepMark.Kind.MISSED_PROGRESS_REPORT, 1, days(7), days(18)),
                new SweepMark(task, SweepMark.Kind.OVERDUE, 1, days(7), days(17)),
                new SweepMark(other, SweepMark.Kind.OVERDUE, 1, days(7), days(16)));

        marks.forEach(mark -> assertThat(tasks().markOnce(mark)).as("%s", mark.key()).isTrue());

        assertThat(tasks().marks(task)).containsExactlyElementsOf(marks.subList(0, 4));
        assertThat(tasks().marks(other)).containsExactly(marks.get(4));
        assertThat(tasks().marks(TaskId.of("T-none"))).isEmpty();
    }

    @Test
    void aMarkWhoseTransactionFailsIsNotKeptAndItsKeyStaysFree() {
        var task = add(Fixtures.task("T-1"));
        var mark = new SweepMark(task.id(), SweepMark.Kind.OVERDUE, 1, days(7), days(8));
        var recordedInFailedTransaction = new AtomicBoolean();

        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            recordedInFailedTransaction.set(tasks().markOnce(mark));
            throw new IllegalStateException("publishing the sweep's event failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(recordedInFailedTransaction).isTrue();
        assertThat(tasks().marks(task.id())).isEmpty();
        assertThat(tasks().markOnce(mark)).isTrue();
        assertThat(tasks().marks(task.id())).containsExactly(mark);
    }

    @Test
    void withinOneTransactionASecondCallWithTheSameKeyReturnsFalseWithoutSpoilingTheTransaction() {
        var task = add(Fixtures.task("T-1"));
        var overdue = new SweepMark(task.id(), SweepMark.Kind.OVERDUE, 1, days(7), days(8));
        var missed = new SweepMark(task.id(), SweepMark.Kind.MISSED_PROGRESS_REPORT, 1, days(7), days(8));

        var results = ports().transactions().inTransaction(() -> List.of(tasks().markOnce(overdue),
                tasks().markOnce(overdue), tasks().markOnce(missed)));

        assertThat(results).containsExactly(true, false, true);
        assertThat(tasks().marks(task.id())).containsExactly(overdue, missed);
        assertThat(tasks().markOnce(overdue)).isFalse();
    }

    @Test
    void ofManyCallersRacingForTheSameKeyExactlyOneRecordsTheMarkAndNoneFails() throws Exception {
        var task = add(Fixtures.task("T-1")).id();
        var winners = new ArrayList<SweepMark>();

        for (int round = 1; round <= ROUNDS; round++) {
            var start = new CyclicBarrier(RACERS);
            var calls = new ArrayList<Future<Boolean>>();
            var attempts = new ArrayList<SweepMark>();
            for (int racer = 0; racer < RACERS; racer++) {
                var mark = new SweepMark(task, SweepMark.Kind.MISSED_PROGRESS_REPORT, round, days(7 * round),
                        days(7 * round).plusSeconds(racer));
                boolean inOwnTransaction = racer % 2 == 0;
                attempts.add(mark);
                calls.add(pool.submit(() -> {
                    await(start);
                    return inOwnTransaction ? ports().transactions().inTransaction(() -> tasks().markOnce(mark))
                            : tasks().markOnce(mark);
                }));
            }
            var recorded = new ArrayList<SweepMark>();
            for (int racer = 0; racer < RACERS; racer++) {
                if (outcome(calls.get(racer))) {
                    recorded.add(attempts.get(racer));
                }
            }

            assertThat(recorded).as("marks recorded in round %d", round).hasSize(1);
            winners.add(recorded.get(0));
        }

        assertThat(tasks().marks(task)).containsExactlyElementsOf(winners);
    }

    @Test
    void aCallerRacingATransactionThatFailsAfterMarkingRecordsTheMarkItself() throws Exception {
        var task = add(Fixtures.task("T-1")).id();
        var mark = new SweepMark(task, SweepMark.Kind.OVERDUE, 1, days(7), days(8));
        var retried = new SweepMark(task, SweepMark.Kind.OVERDUE, 1, days(7), days(8).plusSeconds(1));
        var marked = new CountDownLatch(1);
        var secondCallerStarted = new CountDownLatch(1);
        var recordedByTheFailedTransaction = new AtomicBoolean();

        var failing = pool.submit(() -> {
            assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
                recordedByTheFailedTransaction.set(tasks().markOnce(mark));
                marked.countDown();
                await(secondCallerStarted);
                throw new IllegalStateException("the sweep failed after marking");
            })).isInstanceOf(IllegalStateException.class);
            return null;
        });
        var second = pool.submit(() -> {
            await(marked);
            secondCallerStarted.countDown();
            return ports().transactions().inTransaction(() -> tasks().markOnce(retried));
        });

        assertThat(outcome(second)).isTrue();
        outcome(failing);
        assertThat(recordedByTheFailedTransaction).isTrue();
        assertThat(tasks().marks(task)).containsExactly(retried);
    }

    // ---------------------------------------------------------------- helpers

    /** The store under test. */
    private TaskStore tasks() {
        return ports().tasks();
    }

    private Task add(TaskBuilder builder) {
        return tasks().add(builder.build());
    }

    /** Adds {@code task}, then stores each step's result with an update; returns the task as last stored. */
    @SafeVarargs
    private Task stored(Task task, UnaryOperator<Task>... steps) {
        return stored(task, List.of(steps));
    }

    private Task stored(Task task, List<UnaryOperator<Task>> steps) {
        var stored = tasks().add(task);
        for (var step : steps) {
            stored = tasks().update(step.apply(stored));
        }
        return stored;
    }

    private static Task lived(Task task, List<UnaryOperator<Task>> steps) {
        var lived = task;
        for (var step : steps) {
            lived = step.apply(lived);
        }
        return lived;
    }

    /** A task with a progress interval and people and departments copied, in an order that is not sorted. */
    private static Task richTask(String id, Instant assignedAt) {
        return Fixtures.task(id).assignedAt(assignedAt).progressInterval(Period.ofWeeks(1))
                .copiedPeople(PEER, Fixtures.HR).copiedDepartments(SALES, Fixtures.DEPARTMENT).build();
    }

    /**
     * A whole life with every kind of entry: an unjustified refusal, an approved, a denied and a
     * lapsed adjustment, progress reports with and without blockers, an answered and an open
     * escalation, a completion returned for rework and one accepted with a score.
     */
    private static List<UnaryOperator<Task>> aWholeLife() {
        var employee = Fixtures.EMPLOYEE;
        var hr = Fixtures.HR;
        return List.of(
                t -> t.refuse(at(10), employee, "I am on the audit all week — 审计周"),
                t -> t.ruleOnRefusal(false, at(20), hr, "the audit ends on Tuesday", Optional.of(VIOLATION)),
                t -> t.accept(at(30), employee),
                t -> t.requestAdjustment(at(40), Optional.of(days(10)),
                        List.of("Figures reconciled", "One chart for every region"), "the regions report late",
                        "one combined chart", false, "standard"),
                t -> t.decideAdjustment(1, true, at(50), hr, "agreed"),
                t -> t.reportProgress(at(60), "ledger half reconciled", 40,
                        List.of("the Beijing office has not sent its figures", "区域数据缺失")),
                t -> t.escalate(at(70), "the Beijing office will not send its figures"),
                t -> t.answerEscalation(1, at(80), hr, "I called them: expect the figures today"),
                t -> t.requestAdjustment(at(90), Optional.of(days(12)), List.of(), "more time", "two more days", true,
                        "2025.2"),
                t -> t.decideAdjustment(2, false, at(100), hr, "the deadline stands"),
                t -> t.reportProgress(at(110), "nearly done", 90, List.of()),
                t -> t.escalate(at(120), "the printer is broken"),
                t -> t.requestAdjustment(at(130), Optional.empty(), List.of("Figures reconciled"),
                        "the chart adds nothing", "a table instead", false, "standard"),
                t -> t.submitCompletion(at(140), employee, "done — 完成", List.of(new RequirementCheck(1, true, ""),
                        new RequirementCheck(2, false, "one region is missing"))),
                t -> t.review(at(150), hr, ReviewOutcome.RETURNED, Optional.empty(), "add the missing region"),
                t -> t.submitCompletion(at(160), employee, "done, every region",
                        List.of(new RequirementCheck(1, true, "matches the ledger"), new RequirementCheck(2, true, ""))),
                t -> t.review(at(170), hr, ReviewOutcome.ACCEPTED, Optional.of(87), "clear and complete"));
    }

    /** The steps that take a newly assigned task to {@code status}. */
    private static List<UnaryOperator<Task>> pathTo(TaskStatus status) {
        UnaryOperator<Task> accept = t -> t.accept(at(1), Fixtures.EMPLOYEE);
        UnaryOperator<Task> refuse = t -> t.refuse(at(1), Fixtures.EMPLOYEE, "I am on leave");
        UnaryOperator<Task> submit = t -> t.submitCompletion(at(2), Fixtures.EMPLOYEE, "done",
                List.of(new RequirementCheck(1, true, ""), new RequirementCheck(2, true, "")));
        return switch (status) {
            case ASSIGNED -> List.of();
            case REFUSED -> List.of(refuse);
            case IN_PROGRESS -> List.of(accept);
            case SUBMITTED -> List.of(accept, submit);
            case COMPLETED -> List.of(accept, submit,
                    t -> t.review(at(3), Fixtures.HR, ReviewOutcome.ACCEPTED, Optional.of(70), "fine"));
            case CLOSED -> List.of(refuse, t -> t.ruleOnRefusal(true, at(2), Fixtures.HR, "agreed", Optional.empty()));
            case WITHDRAWN -> List.of(accept, t -> t.withdraw(at(2), Fixtures.HR, "the assignee left"));
        };
    }

    private static Instant at(long minutes) {
        return Fixtures.minutesAfterT0(minutes);
    }

    private static Instant days(long days) {
        return Fixtures.minutesAfterT0(days * 24 * 60);
    }

    private static <T> T outcome(Future<T> call) throws InterruptedException {
        try {
            return call.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("a concurrent call failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("a concurrent call did not finish within a minute", e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("not every racer arrived", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other caller never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
