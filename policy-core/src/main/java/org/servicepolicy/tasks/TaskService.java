package org.servicepolicy.tasks;

import static org.servicepolicy.tasks.TaskInputs.body;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Employee;

/**
 * Use cases of work assignments (§3.1): assignment, acceptance or refusal, adjustment of the
 * terms, progress, escalation, completion and review; and, through {@link TaskQueries} and
 * {@link TaskSweep}, what may be read and the sweep for overdue tasks and missed progress
 * reports. Each command checks its input, loads its facts, decides in {@link TaskRules} (who may
 * act is {@link TaskAccess}'s) and commits through the unit of work, in one transaction.
 */
public final class TaskService {
    private final UnitOfWork<TaskStores> work;
    private final TaskQueries queries;
    private final TaskSweep sweep;

    /** The tasks area committing through {@code work}. */
    public TaskService(UnitOfWork<TaskStores> work) {
        this.work = Objects.requireNonNull(work, "work");
        this.queries = new TaskQueries(work);
        this.sweep = new TaskSweep(work);
    }

    /**
     * Assigns a task (§3.1.1): a superior of the assignee or HR assigns it to an employee on
     * post; the progress-report interval is the command's, or the default of the policy in force.
     */
    public Task assign(Actor actor, NewTask command) {
        var now = work.now();
        body(command).validate(now);
        return work.run(actor, now, s -> TaskFacts.forAssignment(s, command, now),
                (facts, stamp) -> TaskRules.assign(facts, command, stamp));
    }

    /** The assignee accepts the task (§3.1.1). */
    public Task accept(Actor actor, TaskId id) {
        return work.run(actor, load(id), TaskRules::accept);
    }

    /**
     * The assignee refuses the task, with a reason (§3.1.1: a task may not be refused without
     * reason); the assigner then rules on it.
     */
    public Task refuse(Actor actor, TaskId id, String reason) {
        TaskInputs.refusalReason(reason);
        return work.run(actor, load(id), (facts, stamp) -> TaskRules.refuse(facts, reason, stamp));
    }

    /**
     * Rules on the pending refusal (§3.1.1). A justified refusal closes the task. An unjustified
     * one returns it to the assignee and records a TASK_REFUSED_WITHOUT_VALID_REASON violation,
     * with its ladder decision and any proposed penalty (§3.3.3), in the same transaction: if
     * either fails, neither is kept.
     */
    public RuledRefusal ruleOnRefusal(Actor actor, TaskId id, RuleOnRefusal command) {
        body(command).validate();
        var now = work.now();
        return work.together(() -> {
            var violation = command.justified() ? Optional.<RecordedViolation>empty()
                    : Optional.of(work.run(actor, now, load(id),
                            (facts, stamp) -> TaskRules.violationOfRefusal(facts, command, stamp)));
            var task = work.run(actor, now, load(id), (facts, stamp) -> TaskRules.ruleOnRefusal(facts, command,
                    violation.map(v -> v.violation().id()), stamp));
            return new RuledRefusal(task, violation);
        });
    }

    /**
     * The assignee asks for a new deadline and/or new requirements, with a reason and a proposed
     * alternative (§3.1.1). A request made with less than the notice of the policy in force (24
     * hours by default) before the deadline is accepted but marked late. One request at a time.
     */
    public Task requestAdjustment(Actor actor, TaskId id, RequestAdjustment command) {
        var now = work.now();
        body(command).validate(now);
        return work.run(actor, now, s -> new TaskFacts.Adjustment(TaskFacts.ofTask(s, id), s.policies().inForceAt(now)),
                (facts, stamp) -> TaskRules.requestAdjustment(facts, command, stamp));
    }

    /**
     * Approves or denies the pending adjustment (§3.1.1: change only after the superior
     * approves). An approval gives the task the next version of its terms; the earlier versions
     * are kept. A denial needs a reason.
     */
    public Task decideAdjustment(Actor actor, TaskId id, DecideAdjustment command) {
        body(command).validate();
        return work.run(actor, load(id), (facts, stamp) -> TaskRules.decideAdjustment(facts, command, stamp));
    }

    /** The assignee reports progress on a task in progress (§3.1.2). */
    public Task reportProgress(Actor actor, TaskId id, ReportProgress command) {
        body(command).validate();
        return work.run(actor, load(id), (facts, stamp) -> TaskRules.reportProgress(facts, command, stamp));
    }

    /** The assignee escalates a major issue or one beyond their authority (§3.1.2). */
    public Task escalate(Actor actor, TaskId id, String issue) {
        TaskInputs.issue(issue);
        return work.run(actor, load(id), (facts, stamp) -> TaskRules.escalate(facts, issue, stamp));
    }

    /** A superior answers an open escalation (§3.1.2). */
    public Task answerEscalation(Actor actor, TaskId id, AnswerEscalation command) {
        body(command).validate();
        return work.run(actor, load(id), (facts, stamp) -> TaskRules.answerEscalation(facts, command, stamp));
    }

    /** The escalations the actor may answer that await an answer, oldest task first. */
    public List<OpenEscalation> openEscalations(Actor actor) {
        return queries.openEscalations(actor);
    }

    /**
     * The assignee reports the task complete (§3.1.3), with a self-check of every requirement of
     * the terms in force; a self-check that skips one is refused. A report after the deadline is
     * late. Everyone copied on the task is notified, one event each.
     */
    public Task reportCompletion(Actor actor, TaskId id, ReportCompletion command) {
        body(command).validate();
        return work.run(actor, load(id), (facts, stamp) -> TaskRules.reportCompletion(facts, command, stamp));
    }

    /**
     * The assigner reviews the submitted result (§3.1.3): accepts it with a quality score from 0
     * to 100 and comments, completing the task, or returns it for rework with a reason.
     */
    public Task review(Actor actor, TaskId id, ReviewCompletion command) {
        body(command).validate();
        return work.run(actor, load(id), (facts, stamp) -> TaskRules.review(facts, command, stamp));
    }

    /** See {@link TaskSweep#sweep}. */
    public SweepResult sweep(Instant asOf) {
        return sweep.sweep(asOf);
    }

    /** See {@link TaskQueries#task}. */
    public Task task(Actor actor, TaskId id) {
        return queries.task(actor, id);
    }

    /** See {@link TaskQueries#marks}. */
    public List<SweepMark> marks(Actor actor, TaskId id) {
        return queries.marks(actor, id);
    }

    /** See {@link TaskQueries#tasksOf}. */
    public List<Task> tasksOf(Actor actor, EmployeeId employee, Optional<TaskStatus> status) {
        return queries.tasksOf(actor, employee, status);
    }

    /** See {@link TaskQueries#assignedBy}. */
    public List<Task> assignedBy(Actor actor) {
        return queries.assignedBy(actor);
    }

    /** See {@link TaskQueries#complianceFacts}. */
    public ComplianceFacts complianceFacts(Actor actor, EmployeeId employee, Instant from, Instant to) {
        return queries.complianceFacts(actor, employee, from, to);
    }

    private static Function<TaskStores, TaskFacts.OfTask> load(TaskId id) {
        return stores -> TaskFacts.ofTask(stores, id);
    }

    /**
     * Withdraws every task {@code leaver} still owed, now that they have left (§1.2; see
     * {@link DepartureRule}). The people area calls this in the departure's own transaction, so
     * that the departure and its consequences are kept together or not at all.
     */
    public List<Task> withdrawOwedBy(Actor actor, Employee leaver) {
        var now = work.now();
        return work.run(actor, now, stores -> new DepartureRule.Assigned(stores.tasks().assignedTo(leaver.id()),
                stores.policies().inForceAt(now).version()), (facts, stamp) -> DepartureRule.withdrawOwed(leaver,
                facts, stamp));
    }
}
