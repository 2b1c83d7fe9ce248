package org.servicepolicy.tasks;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.ViolationType;

/**
 * The decisions of work assignments (§3.1), as pure functions: the facts loaded, the command and
 * the {@link Stamp} in; a refusal, or the task to store with its events and audit lines, out.
 * Each checks who may act ({@link TaskAccess}) and what the task's lifecycle allows before it
 * decides, so that a refused command writes nothing.
 */
final class TaskRules {
    private TaskRules() {
    }

    /**
     * §3.1.1: a superior or HR assigns a task to an employee on post (§4.1.1: not while
     * onboarding; §1.2: only to employees), with the progress interval given or the default of
     * the policy in force at the assignment.
     */
    static Outcome<TaskStores, Task> assign(TaskFacts.Assignment facts, NewTask command, Stamp stamp) {
        if (facts.assignee().isEmpty()) {
            return Outcome.refused(Refusal.invalid("assigneeId", "no such employee: " + command.assigneeId()));
        }
        var line = facts.assignee().get();
        var refusal = TaskAccess.mayAssign(stamp.actor(), line).or(() -> onPost(line.employee()))
                .or(() -> facts.unknownCopies().isEmpty() ? Optional.empty()
                        : Optional.of(Refusal.invalid(facts.unknownCopies())));
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        var now = stamp.now();
        var policy = facts.policy();
        var interval = progressInterval(command, policy, now);
        var terms = new TaskTerms(1, command.objective().strip(), TaskInputs.strip(command.requirements()),
                command.qualityStandard().strip(), command.deadline(), now, stamp.actor().id(), Optional.empty());
        var assignee = line.employee().id();
        var task = new Task(TaskId.of(stamp.nextId()), command.title().strip(), stamp.actor().id(), assignee,
                command.copiedPeople(), command.copiedDepartments(), policy.version(), interval, List.of(terms),
                List.of(new TaskTransition(TaskStatus.ASSIGNED, now, stamp.actor().id(), Optional.empty())),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0);
        var draft = Outcome.<TaskStores>draft();
        var added = draft.change(Change.of(s -> s.tasks().add(task)));
        draft.event(new TaskEvent.TaskAssigned(task.id(), assignee, stamp.actor().id(), terms.deadline(),
                        task.copiedPeople(), task.copiedDepartments(), now))
                .audit(stamp.audit("task.assign", "task", task.id().value(), "to " + assignee + ", due "
                        + terms.deadline()));
        return draft.answer(stored -> stored.of(added));
    }

    /**
     * §3.1.2: progress is reported at the interval the assigner set, or else at the default that
     * {@code policy}, the version in force at the assignment, gives a task of this length.
     */
    static Optional<Period> progressInterval(NewTask command, PolicyDefinition policy, Instant assignedAt) {
        return Optional.ofNullable(command.progressReportEvery()).or(() -> policy.tasks()
                .defaultProgressInterval(assignedAt, command.deadline(), policy.company().zone()));
    }

    /** §4.1.1 and §1.2: work is assigned to employees who have taken up their post. */
    static Optional<Refusal> onPost(Employee assignee) {
        if (assignee.status() == EmploymentStatus.ONBOARDING) {
            return Optional.of(Refusal.policy("§4.1.1", "tasks.assign.onPost", "employee " + assignee.id()
                    + " is ONBOARDING: only those who pass new-hire training take up their post", "assigneeId"));
        }
        if (!assignee.status().employed()) {
            return Optional.of(Refusal.policy("§1.2", "tasks.assign.employed", "employee " + assignee.id() + " is "
                    + assignee.status() + "; work is assigned to employees", "assigneeId"));
        }
        return Optional.empty();
    }

    /** §3.1.1: the assignee accepts the task. */
    static Outcome<TaskStores, Task> accept(TaskFacts.OfTask facts, Stamp stamp) {
        return decide(() -> TaskAccess.asAssignee(stamp.actor(), facts, "accept")
                .or(() -> inStatus(facts.task(), TaskStatus.ASSIGNED, "accept")), () -> {
            var task = facts.task();
            return updated(task.accept(stamp.now(), stamp.actor().id()), draft -> draft
                    .event(new TaskEvent.TaskAccepted(task.id(), task.assignee(), stamp.now()))
                    .audit(stamp.audit("task.accept", "task", task.id().value(), "accepted")));
        });
    }

    /** §3.1.1: a task may not be refused without reason; the assignee refuses with one, and the assigner rules. */
    static Outcome<TaskStores, Task> refuse(TaskFacts.OfTask facts, String reason, Stamp stamp) {
        return decide(() -> withReason(reason).or(() -> TaskAccess.asAssignee(stamp.actor(), facts, "refuse"))
                .or(() -> inStatus(facts.task(), TaskStatus.ASSIGNED, "refuse")), () -> {
            var task = facts.task();
            var next = task.refuse(stamp.now(), stamp.actor().id(), reason.strip());
            return updated(next, draft -> draft
                    .event(new TaskEvent.TaskRefused(task.id(), task.assignee(), task.assigner(),
                            next.refusals().size(), stamp.now()))
                    .audit(stamp.audit("task.refuse", "task", task.id().value(), reason.strip())));
        });
    }

    /** §3.1.1: a task may not be refused without reason. */
    static Optional<Refusal> withReason(String reason) {
        return reason == null || reason.isBlank()
                ? Optional.of(Refusal.policy("§3.1.1", "tasks.refuse.reason",
                        "a task may not be refused without reason", "reason"))
                : Optional.empty();
    }

    /**
     * §3.1.1, §3.3.3: ruling a refusal unjustified records a TASK_REFUSED_WITHOUT_VALID_REASON
     * violation of the assignee, dated at the refusal, so that the ladder applies the policy in
     * force then. Only those who direct the task rule, and only on a refusal awaiting a ruling.
     */
    static Outcome<TaskStores, RecordedViolation> violationOfRefusal(TaskFacts.OfTask facts, RuleOnRefusal command,
                                                                     Stamp stamp) {
        return decide(() -> mayRule(facts, stamp), () -> {
            var violation = violationFor(facts.task(), stamp.actor().id(), command.grounds());
            var draft = Outcome.<TaskStores>draft();
            var recorded = draft.change(Change.of(s -> s.violations().record(stamp.actor(), violation)));
            return draft.answer(stored -> stored.of(recorded));
        });
    }

    /**
     * §3.1.1: the violation an unjustified refusal of {@code task} is, as {@code ruledBy} ruled it
     * on {@code grounds}: the assignee refused without a valid reason when they refused, so the
     * violation is dated at the refusal.
     */
    static RecordViolation violationFor(Task task, EmployeeId ruledBy, String grounds) {
        var refusal = task.refusalAwaitingRuling().orElseThrow();
        return RecordViolation.of(task.assignee().value(), ViolationType.TASK_REFUSED_WITHOUT_VALID_REASON,
                refusal.at(),
                "refused task %s without a valid reason (refusal %d at %s: \"%s\"); ruled unjustified by %s: %s"
                        .formatted(task.id(), refusal.number(), refusal.at(), refusal.reason(), ruledBy, grounds));
    }

    /**
     * §3.1.1: the ruling on the pending refusal. Justified closes the task; unjustified returns
     * it to the assignee with {@code violation} on record.
     */
    static Outcome<TaskStores, Task> ruleOnRefusal(TaskFacts.OfTask facts, RuleOnRefusal command,
                                                   Optional<ViolationId> violation, Stamp stamp) {
        return decide(() -> mayRule(facts, stamp), () -> {
            var task = facts.task();
            var refusal = task.refusalAwaitingRuling().orElseThrow();
            var grounds = command.grounds();
            var next = task.ruleOnRefusal(command.justified(), stamp.now(), stamp.actor().id(), grounds, violation);
            return updated(next, draft -> {
                draft.event(new TaskEvent.TaskRefusalRuled(task.id(), task.assignee(), refusal.number(),
                        stamp.actor().id(), violation, stamp.now()));
                lapsed(task, next, stamp.now(), draft);
                draft.audit(stamp.audit("task.rule-refusal", "task", task.id().value(),
                        violation.map(v -> "unjustified, violation " + v).orElse("justified")
                                + (grounds.isEmpty() ? "" : ": " + grounds)));
            });
        });
    }

    private static Optional<Refusal> mayRule(TaskFacts.OfTask facts, Stamp stamp) {
        var task = facts.task();
        return TaskAccess.toDirect(stamp.actor(), facts, "rule on a refusal of")
                .or(() -> task.refusalAwaitingRuling().isPresent() ? Optional.empty()
                        : Optional.of(Refusal.transition("task", task.id(), task.status(), "rule on the refusal of")));
    }

    /**
     * §3.1.1: the assignee asks for new terms in advance, with a reason and an alternative. A
     * request with less notice than the policy in force at the request asks for is late. One
     * request at a time, while the work is still to be done.
     */
    static Outcome<TaskStores, Task> requestAdjustment(TaskFacts.Adjustment facts, RequestAdjustment command,
                                                       Stamp stamp) {
        var task = facts.task().task();
        var current = task.currentTerms();
        var requirements = command.requirementsAskedFor();
        return decide(() -> TaskAccess.asAssignee(stamp.actor(), facts.task(), "request an adjustment of")
                .or(() -> (command.newDeadline() == null || command.newDeadline().equals(current.deadline()))
                        && (requirements.isEmpty() || requirements.equals(current.requirements()))
                        ? Optional.of(Refusal.invalid("newDeadline", "the request asks for the terms already in force"))
                        : Optional.empty())
                .or(() -> adjustable(task)), () -> {
            var notice = facts.policy().tasks();
            boolean late = notice.adjustmentLate(stamp.now(), current.deadline());
            var next = task.requestAdjustment(stamp.now(), Optional.ofNullable(command.newDeadline()), requirements,
                    command.reason().strip(), command.proposedAlternative().strip(), late, facts.policy().version());
            int number = next.adjustments().size();
            return updated(next, draft -> draft
                    .event(new TaskEvent.TaskAdjustmentRequested(task.id(), task.assignee(), task.assigner(), number,
                            late, stamp.now()))
                    .audit(stamp.audit("task.request-adjustment", "task", task.id().value(), "adjustment " + number
                            + (late ? " (late: less than " + notice.adjustmentMinNotice() + " before the deadline)" : "")
                            + ": " + command.reason().strip())));
        });
    }

    private static Optional<Refusal> adjustable(Task task) {
        if (!task.status().adjustable()) {
            return Optional.of(Refusal.transition("task", task.id(), task.status(), "request an adjustment of"));
        }
        return task.pendingAdjustment().map(p -> Refusal.transition("task", task.id(),
                "awaiting the decision on adjustment " + p.number(), "request another adjustment of"));
    }

    /**
     * §3.1.1: the terms change only after the superior approves. An approval gives the task the
     * next version of its terms; a denial keeps them.
     */
    static Outcome<TaskStores, Task> decideAdjustment(TaskFacts.OfTask facts, DecideAdjustment command, Stamp stamp) {
        var task = facts.task();
        int number = command.adjustment();
        var key = task.id() + "#" + number;
        return decide(() -> TaskAccess.toDirect(stamp.actor(), facts, "decide an adjustment of")
                .or(() -> number < 1 || number > task.adjustments().size()
                        ? Optional.of(Refusal.missing("adjustment", key))
                        : task.adjustment(number).decision()
                                .map(d -> Refusal.transition("adjustment", key, d.outcome(), "decide"))), () -> {
            var grounds = command.grounds();
            var next = task.decideAdjustment(number, command.approved(), stamp.now(), stamp.actor().id(), grounds);
            var decision = next.adjustment(number).decision().orElseThrow();
            return updated(next, draft -> draft
                    .event(new TaskEvent.TaskAdjustmentDecided(task.id(), task.assignee(), number, decision.outcome(),
                            decision.termsVersion(), stamp.now()))
                    .audit(stamp.audit("task.decide-adjustment", "task", task.id().value(), "adjustment " + number
                            + " " + decision.outcome() + decision.termsVersion().map(v -> ", terms version " + v)
                            .orElse("") + (grounds.isEmpty() ? "" : ": " + grounds))));
        });
    }

    /** §3.1.2: the assignee reports progress on a task in progress. */
    static Outcome<TaskStores, Task> reportProgress(TaskFacts.OfTask facts, ReportProgress command, Stamp stamp) {
        return decide(() -> TaskAccess.asAssignee(stamp.actor(), facts, "report progress on")
                .or(() -> inStatus(facts.task(), TaskStatus.IN_PROGRESS, "report progress on")), () -> {
            var task = facts.task();
            var blockers = command.blockersNamed();
            var next = task.reportProgress(stamp.now(), command.text().strip(), command.percentDone(), blockers);
            int number = next.progressReports().size();
            return updated(next, draft -> draft
                    .event(new TaskEvent.TaskProgressReported(task.id(), task.assignee(), number,
                            command.percentDone(), blockers.size(), stamp.now()))
                    .audit(stamp.audit("task.report-progress", "task", task.id().value(), "report " + number + ": "
                            + command.percentDone() + "% done, " + blockers.size() + " blocker(s)")));
        });
    }

    /** §3.1.2: the assignee escalates a major issue, or one beyond their authority, while the work is in progress. */
    static Outcome<TaskStores, Task> escalate(TaskFacts.OfTask facts, String issue, Stamp stamp) {
        return decide(() -> TaskAccess.asAssignee(stamp.actor(), facts, "escalate an issue of")
                .or(() -> inStatus(facts.task(), TaskStatus.IN_PROGRESS, "escalate an issue of")), () -> {
            var task = facts.task();
            var next = task.escalate(stamp.now(), issue.strip());
            int number = next.escalations().size();
            return updated(next, draft -> draft
                    .event(new TaskEvent.TaskEscalated(task.id(), task.assignee(), task.assigner(), number,
                            stamp.now()))
                    .audit(stamp.audit("task.escalate", "task", task.id().value(), "escalation " + number + ": "
                            + issue.strip())));
        });
    }

    /** §3.1.2: one who directs the task answers an open escalation. */
    static Outcome<TaskStores, Task> answerEscalation(TaskFacts.OfTask facts, AnswerEscalation command, Stamp stamp) {
        var task = facts.task();
        int number = command.escalation();
        var key = task.id() + "#" + number;
        return decide(() -> TaskAccess.toDirect(stamp.actor(), facts, "answer an escalation of")
                .or(() -> number < 1 || number > task.escalations().size()
                        ? Optional.of(Refusal.missing("escalation", key))
                        : task.escalation(number).open() ? Optional.empty()
                        : Optional.of(Refusal.transition("escalation", key, "ANSWERED", "answer"))), () -> {
            var answer = command.answer().strip();
            return updated(task.answerEscalation(number, stamp.now(), stamp.actor().id(), answer), draft -> draft
                    .event(new TaskEvent.TaskEscalationAnswered(task.id(), task.assignee(), number,
                            stamp.actor().id(), stamp.now()))
                    .audit(stamp.audit("task.answer-escalation", "task", task.id().value(), "escalation " + number
                            + ": " + answer)));
        });
    }

    /**
     * §3.1.3: the assignee reports the task complete with a self-check of every requirement of
     * the terms in force; a report after their deadline is late, a pending adjustment lapses, and
     * everyone copied is notified, one event each.
     */
    static Outcome<TaskStores, Task> reportCompletion(TaskFacts.OfTask facts, ReportCompletion command, Stamp stamp) {
        var task = facts.task();
        return decide(() -> TaskAccess.asAssignee(stamp.actor(), facts, "report completion of")
                .or(() -> inStatus(task, TaskStatus.IN_PROGRESS, "report completion of"))
                .or(() -> selfCheckCovers(task.currentTerms(), command.checksGiven())), () -> {
            var checks = command.checksGiven().stream()
                    .map(c -> new RequirementCheck(c.requirement(), c.met(), c.note() == null ? "" : c.note().strip()))
                    .sorted(Comparator.comparingInt(RequirementCheck::requirement))
                    .toList();
            var next = task.submitCompletion(stamp.now(), stamp.actor().id(), command.summary().strip(), checks);
            var report = next.completions().get(next.completions().size() - 1);
            var now = stamp.now();
            return updated(next, draft -> {
                draft.event(new TaskEvent.TaskCompletionReported(task.id(), task.assignee(), task.assigner(),
                        report.number(), report.late(), report.allRequirementsMet(), now));
                task.copiedPeople().forEach(p -> draft.event(new TaskEvent.TaskCompletionCopied(task.id(),
                        task.assignee(), report.number(), new TaskEvent.Recipient.Person(p), now)));
                task.copiedDepartments().forEach(d -> draft.event(new TaskEvent.TaskCompletionCopied(task.id(),
                        task.assignee(), report.number(), new TaskEvent.Recipient.Department(d), now)));
                lapsed(task, next, now, draft);
                draft.audit(stamp.audit("task.report-completion", "task", task.id().value(), "completion "
                        + report.number() + (report.late() ? " (late)" : "") + ", "
                        + checks.stream().filter(RequirementCheck::met).count() + " of "
                        + task.currentTerms().requirements().size() + " requirement(s) met"));
            });
        });
    }

    /** §3.1.3: the self-check checks every requirement of {@code terms}, and no other. */
    static Optional<Refusal> selfCheckCovers(TaskTerms terms, List<SelfCheck> checks) {
        int count = terms.requirements().size();
        var beyond = new ArrayList<FieldProblem>();
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).requirement() > count) {
                beyond.add(new FieldProblem("checks[" + i + "].requirement",
                        "terms version " + terms.version() + " have " + count + " requirement(s)"));
            }
        }
        if (!beyond.isEmpty()) {
            return Optional.of(Refusal.invalid(beyond));
        }
        var checked = new HashSet<Integer>();
        checks.forEach(c -> checked.add(c.requirement()));
        var skipped = IntStream.rangeClosed(1, count).filter(n -> !checked.contains(n)).boxed().toList();
        return skipped.isEmpty() ? Optional.empty() : Optional.of(Refusal.policy("§3.1.3", "tasks.completion.selfCheck",
                "the self-check skips requirement(s) " + skipped + " of terms version " + terms.version()
                        + ": every requirement is checked against the result", "checks"));
    }

    /**
     * §3.1.3: one who directs the task reviews the submitted result: accepts it with a quality
     * score, completing the task, or returns it for rework.
     */
    static Outcome<TaskStores, Task> review(TaskFacts.OfTask facts, ReviewCompletion command, Stamp stamp) {
        return decide(() -> TaskAccess.toDirect(stamp.actor(), facts, "review")
                .or(() -> inStatus(facts.task(), TaskStatus.SUBMITTED, "review")), () -> {
            var task = facts.task();
            var comments = command.comments().strip();
            var reviewer = stamp.actor().id();
            var next = task.review(stamp.now(), reviewer, command.outcome(),
                    Optional.ofNullable(command.qualityScore()), comments);
            return updated(next, draft -> draft
                    .event(command.accepting()
                            ? new TaskEvent.TaskCompletionAccepted(task.id(), task.assignee(), command.qualityScore(),
                                    reviewer, stamp.now())
                            : new TaskEvent.TaskReturnedForRework(task.id(), task.assignee(), reviewer, stamp.now()))
                    .audit(stamp.audit("task.review", "task", task.id().value(), (command.accepting()
                            ? "accepted, quality " + command.qualityScore() : "returned for rework") + ": "
                            + comments)));
        });
    }

    private static Optional<Refusal> inStatus(Task task, TaskStatus required, String action) {
        return task.status() == required ? Optional.empty()
                : Optional.of(Refusal.transition("task", task.id(), task.status(), action));
    }

    /** A pending adjustment that lapsed between {@code before} and {@code after} is announced. */
    private static void lapsed(Task before, Task after, Instant now, Outcome.Draft<TaskStores> draft) {
        before.pendingAdjustment()
                .filter(p -> after.adjustment(p.number()).decision()
                        .filter(d -> d.outcome() == AdjustmentOutcome.LAPSED).isPresent())
                .ifPresent(p -> draft.event(new TaskEvent.TaskAdjustmentDecided(after.id(), after.assignee(),
                        p.number(), AdjustmentOutcome.LAPSED, Optional.empty(), now)));
    }

    private static <R> Outcome<TaskStores, R> decide(Supplier<Optional<Refusal>> refusal,
                                                     Supplier<Outcome<TaskStores, R>> decision) {
        return refusal.get().<Outcome<TaskStores, R>>map(Outcome::refused).orElseGet(decision);
    }

    private static Outcome<TaskStores, Task> updated(Task next, Consumer<Outcome.Draft<TaskStores>> record) {
        var draft = Outcome.<TaskStores>draft();
        var change = draft.change(Change.of(s -> s.tasks().update(next)));
        record.accept(draft);
        return draft.answer(stored -> stored.of(change));
    }
}
