package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicepolicy.discipline.DisciplineService;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.Violation;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

class TaskRefusalTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final Duration DUE_IN = Duration.ofDays(5);

    private final TaskFixture company = new TaskFixture();
    private final TaskService tasks = company.tasks();

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aTaskMayNotBeRefusedWithoutReason(String reason) {
        var task = company.assigned(DUE_IN);

        assertThatThrownBy(() -> tasks.refuse(company.actor("staff"), task.id(), reason))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.clause()).contains("§3.1.1");
                    assertThat(e.ruleId()).isEqualTo("tasks.refuse.reason");
                    assertThat(e.field()).contains("reason");
                    assertThat(e).hasMessage("a task may not be refused without reason");
                });
        assertThat(company.stores.tasks().find(task.id())).contains(task);
    }

    @Test
    void aRefusalReasonHasAnUpperLength() {
        var task = company.assigned(DUE_IN);

        assertThatThrownBy(() -> tasks.refuse(company.actor("staff"), task.id(), "x".repeat(1001)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyTheAssigneeRefuses() {
        var task = company.assigned(DUE_IN);

        assertThatThrownBy(() -> tasks.refuse(company.actor("lead"), task.id(), "not mine"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRefusalWithAReasonAwaitsTheAssignersRuling() {
        var task = company.refused(DUE_IN);

        assertThat(task.status()).isEqualTo(TaskStatus.REFUSED);
        assertThat(task.refusals()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("I am on the audit all week");
            assertThat(r.ruling()).isEmpty();
        });
        assertThat(task.refusalAwaitingRuling()).isPresent();
        assertThat(company.eventTypes(task.id())).containsExactly("TaskAssigned", "TaskRefused");
    }

    @Test
    void aJustifiedRefusalClosesTheTaskWithoutAViolation() {
        var task = company.refused(DUE_IN);

        var ruled = tasks.ruleOnRefusal(company.actor("lead"), task.id(), new RuleOnRefusal(true, null));

        assertThat(ruled.task().status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(ruled.violation()).isEmpty();
        assertThat(ruled.task().refusals().get(0).justified()).isTrue();
        assertThat(violationsOfStaff()).isEmpty();
        assertThat(company.eventTypes(task.id())).endsWith("TaskRefusalJustified");
    }

    @Test
    void anUnjustifiedRefusalReturnsTheTaskAndRecordsAViolationWithAPenaltyProposal() {
        var task = company.refused(DUE_IN);
        company.clock.advance(Duration.ofHours(2));

        var ruled = tasks.ruleOnRefusal(company.actor("lead"), task.id(),
                new RuleOnRefusal(false, "the audit ends tomorrow"));

        assertThat(ruled.task().status()).isEqualTo(TaskStatus.ASSIGNED);
        var recorded = ruled.violation().orElseThrow();
        var violation = recorded.violation();
        assertThat(violation.type()).isEqualTo(ViolationType.TASK_REFUSED_WITHOUT_VALID_REASON);
        assertThat(violation.severity()).isEqualTo(Severity.MODERATE);
        assertThat(violation.employee()).isEqualTo(STAFF);
        assertThat(violation.occurredAt()).isEqualTo(task.refusals().get(0).at());
        assertThat(violation.recordedBy()).isEqualTo(EmployeeId.of("lead"));
        assertThat(violation.description()).contains(task.id().value(), "I am on the audit all week",
                "the audit ends tomorrow");
        assertThat(recorded.penalty()).get().satisfies(p -> {
            assertThat(p.step()).isEqualTo(PenaltyStep.WARNING);
            assertThat(p.status()).isEqualTo(PenaltyStatus.PROPOSED);
        });
        assertThat(recorded.proposal().kind()).isEqualTo(DisciplineService.PROPOSAL);
        assertThat(ruled.task().refusals().get(0).ruling()).get()
                .satisfies(r -> assertThat(r.violation()).contains(violation.id()));
        assertThat(violationsOfStaff()).extracting(Violation::id).containsExactly(violation.id());
        assertThat(company.events()).filteredOn(e -> e.aggregateId().equals(violation.id().value()))
                .singleElement().satisfies(e -> assertThat(e.attributes())
                        .containsEntry("employeeId", "staff").containsEntry("severity", "MODERATE"));
        assertThat(company.events()).extracting(PublishedEvent::type)
                .containsSubsequence("TaskRefused", "PenaltyProposed", "TaskRefusalUnjustified");
    }

    @Test
    void aSecondUnjustifiedRefusalClimbsTheLadder() {
        var task = company.refused(DUE_IN);
        tasks.ruleOnRefusal(company.actor("lead"), task.id(), new RuleOnRefusal(false, "no"));
        company.clock.advance(Duration.ofHours(1));
        tasks.refuse(company.actor("staff"), task.id(), "still busy");
        company.clock.advance(Duration.ofHours(1));

        var second = tasks.ruleOnRefusal(company.actor("lead"), task.id(), new RuleOnRefusal(false, "still no"));

        assertThat(second.violation().orElseThrow().penalty()).get()
                .satisfies(p -> assertThat(p.step()).isEqualTo(PenaltyStep.FINE));
        assertThat(second.task().refusals()).allMatch(Refusal::unjustified);
    }

    @Test
    void theLongestReasonAndCommentStillFitTheViolationsDescription() {
        var task = company.assigned(DUE_IN);
        tasks.refuse(company.actor("staff"), task.id(), "r".repeat(1000));

        var ruled = tasks.ruleOnRefusal(company.actor("lead"), task.id(), new RuleOnRefusal(false, "c".repeat(500)));

        assertThat(ruled.violation().orElseThrow().violation().description())
                .contains("r".repeat(1000), "c".repeat(500)).hasSizeLessThanOrEqualTo(2000);
    }

    @Test
    void theAssigneeAcceptsATaskReturnedToThem() {
        var task = company.refused(DUE_IN);
        tasks.ruleOnRefusal(company.actor("lead"), task.id(), new RuleOnRefusal(false, "no"));

        assertThat(tasks.accept(company.actor("staff"), task.id()).status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void rulingARefusalUnjustifiedNeedsAComment() {
        var task = company.refused(DUE_IN);

        assertThatThrownBy(() -> tasks.ruleOnRefusal(company.actor("lead"), task.id(), new RuleOnRefusal(false, " ")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("comment");
        assertThatThrownBy(() -> tasks.ruleOnRefusal(company.actor("lead"), task.id(), new RuleOnRefusal(null, "x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("justified");
    }

    @Test
    void theAssigneeCannotRuleOnTheirOwnRefusalNorCanAnOutsider() {
        var task = company.refused(DUE_IN);

        assertThatThrownBy(() -> tasks.ruleOnRefusal(company.actor("staff"), task.id(), new RuleOnRefusal(true, "")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("in their own case (§1.3.3)");
        assertThatThrownBy(() -> tasks.ruleOnRefusal(company.actor("peer"), task.id(), new RuleOnRefusal(true, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.ruleOnRefusal(company.actor("salesboss"), task.id(),
                new RuleOnRefusal(true, ""))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSuperiorTheDepartmentManagerOrHrMayRuleInsteadOfTheAssigner() {
        for (var who : List.of("boss", "ceo", "hr")) {
            var task = company.refused(DUE_IN);

            var ruled = tasks.ruleOnRefusal(company.actor(who), task.id(), new RuleOnRefusal(true, ""));

            assertThat(ruled.task().refusals().get(0).ruling().orElseThrow().by()).isEqualTo(EmployeeId.of(who));
        }
    }

    @Test
    void aFailureAfterTheViolationWasRecordedRollsBackTheViolationThePenaltyAndTheRuling() {
        var failing = new TaskFixture((builder, stores) -> builder.port(EventPublisher.class, event -> {
            if (event.type().equals("TaskRefusalUnjustified")) {
                throw new StorageException("the outbox is full", new IllegalStateException("disk full"));
            }
            stores.eventPublisher().publish(event);
        }));
        var task = failing.refused(DUE_IN);
        var eventsBefore = failing.events().size();

        assertThatThrownBy(() -> failing.tasks().ruleOnRefusal(failing.actor("lead"), task.id(),
                new RuleOnRefusal(false, "no")))
                .isInstanceOf(StorageException.class);

        assertNothingKept(failing, task, eventsBefore);
    }

    @Test
    void aStoreFailureWhileSavingTheRulingRollsBackTheViolationAndThePenalty() {
        var wired = new TaskFixture((builder, stores) -> builder.port(TaskStore.class,
                new FailingUpdates(stores.tasks())));
        var task = wired.refused(DUE_IN);
        var eventsBefore = wired.events().size();

        assertThatThrownBy(() -> wired.tasks().ruleOnRefusal(wired.actor("lead"), task.id(),
                new RuleOnRefusal(false, "no")))
                .isInstanceOf(StorageException.class);

        assertNothingKept(wired, task, eventsBefore);
    }

    private static void assertNothingKept(TaskFixture company, Task task, int eventsBefore) {
        assertThat(company.stores.tasks().find(task.id())).contains(task);
        assertThat(company.stores.violations().of(STAFF)).isEmpty();
        assertThat(company.stores.penalties().of(STAFF)).isEmpty();
        assertThat(company.stores.decisions().about(STAFF)).isEmpty();
        assertThat(company.events()).hasSize(eventsBefore);
    }

    private List<Violation> violationsOfStaff() {
        return company.policy.discipline().violations(company.actor("hr"), STAFF);
    }

    /** Delegates to a real store, but fails to save a task whose refusal was ruled on. */
    private record FailingUpdates(TaskStore delegate) implements TaskStore {
        @Override
        public Task add(Task task) {
            return delegate.add(task);
        }

        @Override
        public Task update(Task task) {
            if (task.refusals().stream().anyMatch(r -> r.ruling().isPresent())) {
                throw new StorageException("the database went away", new IllegalStateException("connection reset"));
            }
            return delegate.update(task);
        }

        @Override
        public Optional<Task> find(TaskId id) {
            return delegate.find(id);
        }

        @Override
        public List<Task> assignedTo(EmployeeId assignee) {
            return delegate.assignedTo(assignee);
        }

        @Override
        public Map<EmployeeId, List<Task>> assignedToAll(Collection<EmployeeId> assignees) {
            return delegate.assignedToAll(assignees);
        }

        @Override
        public List<Task> assignedBy(EmployeeId assigner) {
            return delegate.assignedBy(assigner);
        }

        @Override
        public List<Task> unfinished() {
            return delegate.unfinished();
        }

        @Override
        public List<Task> withOpenEscalations() {
            return delegate.withOpenEscalations();
        }

        @Override
        public boolean markOnce(SweepMark mark) {
            return delegate.markOnce(mark);
        }

        @Override
        public List<SweepMark> marks(TaskId task) {
            return delegate.marks(task);
        }
    }
}
