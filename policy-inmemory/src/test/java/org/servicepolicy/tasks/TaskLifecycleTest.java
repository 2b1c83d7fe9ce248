package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;

/** Every command from every status: the legal ones move the task as §3.1 says, the others are typed conflicts. */
class TaskLifecycleTest {
    private static final Duration DUE_IN = Duration.ofDays(10);

    /** A command, run by the person entitled to it. */
    enum Command {
        ACCEPT((c, t) -> c.tasks().accept(c.actor("staff"), t.id())),
        REFUSE((c, t) -> c.tasks().refuse(c.actor("staff"), t.id(), "no time")),
        RULE_JUSTIFIED((c, t) -> c.tasks().ruleOnRefusal(c.actor("lead"), t.id(), new RuleOnRefusal(true, "")).task()),
        RULE_UNJUSTIFIED((c, t) -> c.tasks().ruleOnRefusal(c.actor("lead"), t.id(),
                new RuleOnRefusal(false, "the audit ends tomorrow")).task()),
        REQUEST_ADJUSTMENT((c, t) -> c.tasks().requestAdjustment(c.actor("staff"), t.id(), new RequestAdjustment(
                c.clock.instant().plus(Duration.ofDays(20)), null, "the ledger closes late", "deliver in two parts"))),
        REPORT_PROGRESS((c, t) -> c.tasks().reportProgress(c.actor("staff"), t.id(),
                new ReportProgress("halfway", 50, List.of()))),
        ESCALATE((c, t) -> c.tasks().escalate(c.actor("staff"), t.id(), "the ledger is locked")),
        REPORT_COMPLETION((c, t) -> c.tasks().reportCompletion(c.actor("staff"), t.id(), TaskFixture.allMet(t))),
        ACCEPT_RESULT((c, t) -> c.tasks().review(c.actor("lead"), t.id(),
                new ReviewCompletion(ReviewOutcome.ACCEPTED, 90, "clean work"))),
        RETURN_RESULT((c, t) -> c.tasks().review(c.actor("lead"), t.id(),
                new ReviewCompletion(ReviewOutcome.RETURNED, null, "charts missing labels")));

        private final BiFunction<TaskFixture, Task, Task> run;

        Command(BiFunction<TaskFixture, Task, Task> run) {
            this.run = run;
        }
    }

    /** What §3.1 allows: the status each command leads to, from each status where it is legal. */
    private static final Map<TaskStatus, Map<Command, TaskStatus>> ALLOWED = Map.of(
            TaskStatus.ASSIGNED, Map.of(Command.ACCEPT, TaskStatus.IN_PROGRESS, Command.REFUSE, TaskStatus.REFUSED,
                    Command.REQUEST_ADJUSTMENT, TaskStatus.ASSIGNED),
            TaskStatus.REFUSED, Map.of(Command.RULE_JUSTIFIED, TaskStatus.CLOSED,
                    Command.RULE_UNJUSTIFIED, TaskStatus.ASSIGNED),
            TaskStatus.IN_PROGRESS, Map.of(Command.REQUEST_ADJUSTMENT, TaskStatus.IN_PROGRESS,
                    Command.REPORT_PROGRESS, TaskStatus.IN_PROGRESS, Command.ESCALATE, TaskStatus.IN_PROGRESS,
                    Command.REPORT_COMPLETION, TaskStatus.SUBMITTED),
            TaskStatus.SUBMITTED, Map.of(Command.ACCEPT_RESULT, TaskStatus.COMPLETED,
                    Command.RETURN_RESULT, TaskStatus.IN_PROGRESS),
            TaskStatus.COMPLETED, Map.of(),
            TaskStatus.CLOSED, Map.of(),
            TaskStatus.WITHDRAWN, Map.of());

    static Stream<Arguments> everyCommandFromEveryStatus() {
        var all = new ArrayList<Arguments>();
        for (var status : TaskStatus.values()) {
            for (var command : Command.values()) {
                all.add(Arguments.of(status, command));
            }
        }
        return all.stream();
    }

    private static Task taskIn(TaskFixture company, TaskStatus status) {
        return switch (status) {
            case ASSIGNED -> company.assigned(DUE_IN);
            case REFUSED -> company.refused(DUE_IN);
            case IN_PROGRESS -> company.inProgress(DUE_IN);
            case SUBMITTED -> company.submitted(DUE_IN);
            case COMPLETED -> Command.ACCEPT_RESULT.run.apply(company, company.submitted(DUE_IN));
            case CLOSED -> Command.RULE_JUSTIFIED.run.apply(company, company.refused(DUE_IN));
            case WITHDRAWN -> company.stores.tasks().update(company.inProgress(DUE_IN)
                    .withdraw(company.clock.instant(), EmployeeId.of("hr"), "the assignee left"));
        };
    }

    @ParameterizedTest(name = "{1} from {0}")
    @MethodSource("everyCommandFromEveryStatus")
    void aCommandMovesTheTaskOnlyWhereTheLifecycleAllowsIt(TaskStatus from, Command command) {
        var company = new TaskFixture();
        var task = taskIn(company, from);
        assertThat(task.status()).isEqualTo(from);
        company.clock.advance(Duration.ofHours(1));
        var target = ALLOWED.get(from).get(command);

        if (target != null) {
            var moved = command.run.apply(company, task);
            assertThat(moved.status()).isEqualTo(target);
            assertThat(moved.version()).isEqualTo(task.version() + 1);
        } else {
            assertThatThrownBy(() -> command.run.apply(company, task))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.reason()).isEqualTo("illegal-transition"));
            assertThat(company.stores.tasks().find(task.id())).contains(task);
        }
    }

    @Test
    void theHistoryRecordsEveryStatusEnteredWithWhoAndWhen() {
        var company = new TaskFixture();
        var task = company.assigned(DUE_IN);
        company.clock.advance(Duration.ofHours(1));
        task = company.tasks().accept(company.actor("staff"), task.id());
        company.clock.advance(Duration.ofHours(1));
        task = company.tasks().reportCompletion(company.actor("staff"), task.id(), TaskFixture.allMet(task));
        company.clock.advance(Duration.ofHours(1));
        task = company.tasks().review(company.actor("lead"), task.id(),
                new ReviewCompletion(ReviewOutcome.RETURNED, null, "labels missing"));
        company.clock.advance(Duration.ofHours(1));
        task = company.tasks().reportCompletion(company.actor("staff"), task.id(), TaskFixture.allMet(task));
        company.clock.advance(Duration.ofHours(1));
        task = company.tasks().review(company.actor("lead"), task.id(),
                new ReviewCompletion(ReviewOutcome.ACCEPTED, 85, "good"));

        assertThat(task.history()).extracting(TaskTransition::status).containsExactly(TaskStatus.ASSIGNED,
                TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED, TaskStatus.IN_PROGRESS, TaskStatus.SUBMITTED,
                TaskStatus.COMPLETED);
        assertThat(task.history()).extracting(t -> t.by().value()).containsExactly("lead", "staff", "staff", "lead",
                "staff", "lead");
        assertThat(task.history()).extracting(TaskTransition::at).isSorted().doesNotHaveDuplicates();
        assertThat(task.completions()).hasSize(2);
        assertThat(task.reviews()).extracting(Review::completion).containsExactly(1, 2);
        assertThat(company.eventTypes(task.id())).containsExactly("TaskAssigned", "TaskAccepted",
                "TaskCompletionReported", "TaskCompletionCopied", "TaskCompletionCopied", "TaskReturnedForRework",
                "TaskCompletionReported", "TaskCompletionCopied", "TaskCompletionCopied", "TaskCompletionAccepted");
    }

    @Test
    void aTaskCannotBeBuiltWithAHistoryTheLifecycleForbids() {
        var company = new TaskFixture();
        var task = company.assigned(DUE_IN);
        var jump = new ArrayList<>(task.history());
        jump.add(new TaskTransition(TaskStatus.COMPLETED, company.clock.instant(), task.assigner(),
                java.util.Optional.empty()));

        assertThatThrownBy(() -> new Task(task.id(), task.title(), task.assigner(), task.assignee(), task.copiedPeople(),
                task.copiedDepartments(), task.policyVersion(), task.progressInterval(), task.terms(), jump,
                task.refusals(), task.adjustments(), task.progressReports(), task.escalations(), task.completions(),
                task.reviews(), task.version()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot move from ASSIGNED to COMPLETED");
    }
}
