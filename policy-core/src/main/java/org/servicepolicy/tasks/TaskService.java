package org.servicepolicy.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.servicepolicy.discipline.DisciplineService;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.IdGenerator;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.kernel.Transactions;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.policy.ViolationType;

/**
 * Use cases of work assignments (§3.1): assignment, acceptance or refusal, adjustment of the
 * terms, progress, escalation, completion and review, the sweep for overdue tasks and missed
 * progress reports, and the compliance facts the assessment grades (§3.3.1). Each command is one
 * transaction.
 *
 * <p>Who may do what: a superior of the assignee (anyone up the reporting line) or HR assigns;
 * anyone else is refused under §3.1.1 with a {@link PolicyRefusalException}, because the policy
 * itself says where a task comes from. The assignee alone accepts, refuses, asks for adjustments,
 * reports progress, escalates and reports completion. The assigner, a superior of the assignee,
 * the manager of the assignee's department, or HR rules on refusals, decides adjustments,
 * answers escalations and reviews results; never the assignee. Those people, the assignee,
 * whoever is copied on the task, and whoever may see the assignee's records (see {@link Access})
 * may read it.
 */
public final class TaskService {
    private static final int TITLE_MAX = 200;
    private static final int TEXT_MAX = 4000;
    private static final int ITEM_MAX = 1000;
    private static final int ITEMS_MAX = 100;
    private static final int REASON_MAX = Inputs.TEXT_MAX;
    private static final int REFUSAL_REASON_MAX = 1000;
    private static final int RULING_COMMENT_MAX = 500;

    private final TaskStore tasks;
    private final EmployeeStore employees;
    private final DepartmentStore departments;
    private final DisciplineService discipline;
    private final PolicyService policies;
    private final Transactions transactions;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the service to its ports; unjustified refusals are recorded through {@code discipline}. */
    public TaskService(TaskStore tasks, EmployeeStore employees, DepartmentStore departments,
                       DisciplineService discipline, PolicyService policies, Transactions transactions,
                       EventPublisher events, AuditTrail audit, IdGenerator ids, Clock clock) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.employees = Objects.requireNonNull(employees, "employees");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.discipline = Objects.requireNonNull(discipline, "discipline");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---------------------------------------------------------------- assignment

    /**
     * Assigns a task (§3.1.1). Only a superior of the assignee or HR may; an employee who has
     * left, was dismissed, or is still onboarding (§4.1.1: not yet on post) cannot be assigned
     * work. The progress-report interval is the command's, or the policy's default for a task of
     * this length.
     */
    public Task assign(Actor actor, NewTask command) {
        Objects.requireNonNull(actor, "actor");
        var now = clock.instant();
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        inputs.present(command.assigneeId(), "assigneeId")
                .require(command.assigneeId() == null || Ids.isValid(command.assigneeId()), "assigneeId",
                        "is not a valid id");
        text(inputs, command.title(), "title", TITLE_MAX);
        text(inputs, command.objective(), "objective", TEXT_MAX);
        inputs.present(command.requirements(), "requirements")
                .require(command.requirements() == null || !command.requirements().isEmpty(), "requirements",
                        "must list at least one requirement");
        items(inputs, command.requirements(), "requirements");
        text(inputs, command.qualityStandard(), "qualityStandard", REASON_MAX);
        inputs.present(command.deadline(), "deadline")
                .require(command.deadline() == null || command.deadline().isAfter(now), "deadline",
                        "must be in the future (now is " + now + ")")
                .require(command.progressReportEvery() == null || !command.progressReportEvery().isNegative()
                        && !command.progressReportEvery().isZero(), "progressReportEvery", "must be a positive period");
        validIds(inputs, command.copiedEmployeeIds(), "copiedEmployeeIds");
        validIds(inputs, command.copiedDepartmentIds(), "copiedDepartmentIds");
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var assignee = employees.find(EmployeeId.of(command.assigneeId()))
                    .orElseThrow(() -> InvalidInputException.of("assigneeId", "no such employee: " + command.assigneeId()));
            requireMayAssign(actor, assignee);
            var copiedPeople = distinct(command.copiedEmployeeIds(), EmployeeId::of);
            var copiedDepartments = distinct(command.copiedDepartmentIds(), DepartmentId::of);
            var references = new Inputs();
            copiedPeople.stream().filter(p -> employees.find(p).isEmpty()).forEach(p ->
                    references.require(false, "copiedEmployeeIds", "no such employee: " + p));
            copiedDepartments.stream().filter(d -> departments.find(d).isEmpty()).forEach(d ->
                    references.require(false, "copiedDepartmentIds", "no such department: " + d));
            references.throwIfAny();
            var policy = policies.inForceAt(now);
            var interval = Optional.ofNullable(command.progressReportEvery()).or(() -> policy.tasks()
                    .defaultProgressInterval(now, command.deadline(), policy.company().zone()));
            var terms = new TaskTerms(1, command.objective().strip(), strip(command.requirements()),
                    command.qualityStandard().strip(), command.deadline(), now, actor.id(), Optional.empty());
            var task = tasks.add(new Task(TaskId.of(ids.next()), command.title().strip(), actor.id(), assignee.id(),
                    copiedPeople, copiedDepartments, policy.version(), interval, List.of(terms),
                    List.of(new TaskTransition(TaskStatus.ASSIGNED, now, actor.id(), Optional.empty())), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), 0));
            events.publish(new TaskEvents.TaskAssigned(task.id().value(), assignee.id().value(), actor.id().value(),
                    terms.deadline(), joined(copiedPeople), joined(copiedDepartments), now));
            audit.record(new AuditEntry(now, actor.id(), "task.assign", "task", task.id().value(),
                    "to " + assignee.id() + ", due " + terms.deadline()));
            return task;
        });
    }

    private void requireMayAssign(Actor actor, Employee assignee) {
        if (actor.is(assignee.id())) {
            throw new PolicyRefusalException("§3.1.1", "tasks.assign.superior",
                    "nobody assigns a task to themself: a task comes from a superior", "assigneeId");
        }
        if (!(actor.isHr() || isSuperior(actor.id(), assignee))) {
            throw new PolicyRefusalException("§3.1.1", "tasks.assign.superior",
                    actor.id() + " is neither a superior of " + assignee.id()
                            + " (up the reporting line) nor HR; a task comes from a superior", "assigneeId");
        }
        if (assignee.status() == EmploymentStatus.ONBOARDING) {
            throw new PolicyRefusalException("§4.1.1", "tasks.assign.onPost", "employee " + assignee.id()
                    + " is ONBOARDING: only those who pass new-hire training take up their post", "assigneeId");
        }
        if (!assignee.status().employed()) {
            throw new PolicyRefusalException("§1.2", "tasks.assign.employed", "employee " + assignee.id() + " is "
                    + assignee.status() + "; work is assigned to employees", "assigneeId");
        }
    }

    // ---------------------------------------------------------------- acceptance and refusal

    /** The assignee accepts the task (§3.1.1). */
    public Task accept(Actor actor, TaskId id) {
        Objects.requireNonNull(actor, "actor");
        return transactions.inTransaction(() -> {
            var task = find(id);
            requireAssignee(actor, task, "accept");
            var now = clock.instant();
            var stored = tasks.update(task.accept(now, actor.id()));
            events.publish(new TaskEvents.TaskAccepted(id.value(), task.assignee().value(), now));
            audit.record(new AuditEntry(now, actor.id(), "task.accept", "task", id.value(), "accepted"));
            return stored;
        });
    }

    /**
     * The assignee refuses the task, with a reason (§3.1.1: a task may not be refused without
     * reason); the assigner then rules on it.
     */
    public Task refuse(Actor actor, TaskId id, String reason) {
        Objects.requireNonNull(actor, "actor");
        if (reason == null || reason.isBlank()) {
            throw new PolicyRefusalException("§3.1.1", "tasks.refuse.reason", "a task may not be refused without reason",
                    "reason");
        }
        if (reason.length() > REFUSAL_REASON_MAX) {
            throw InvalidInputException.of("reason", "must be at most " + REFUSAL_REASON_MAX + " characters");
        }
        return transactions.inTransaction(() -> {
            var task = find(id);
            requireAssignee(actor, task, "refuse");
            var now = clock.instant();
            var stored = tasks.update(task.refuse(now, actor.id(), reason.strip()));
            events.publish(new TaskEvents.TaskRefused(id.value(), task.assignee().value(), task.assigner().value(),
                    stored.refusals().size(), now));
            audit.record(new AuditEntry(now, actor.id(), "task.refuse", "task", id.value(), reason.strip()));
            return stored;
        });
    }

    /**
     * Rules on the pending refusal (§3.1.1). A justified refusal closes the task. An unjustified
     * one returns it to the assignee and records a TASK_REFUSED_WITHOUT_VALID_REASON violation,
     * with its ladder decision and any proposed penalty (§3.3.3), in the same transaction: if
     * either fails, neither is kept.
     */
    public RuledRefusal ruleOnRefusal(Actor actor, TaskId id, RuleOnRefusal command) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        inputs.present(command.justified(), "justified")
                .require(!Boolean.FALSE.equals(command.justified()) || command.comment() != null
                        && !command.comment().isBlank(), "comment", "is required to rule a refusal unjustified")
                .require(command.comment() == null || command.comment().length() <= RULING_COMMENT_MAX, "comment",
                        "must be at most " + RULING_COMMENT_MAX + " characters")
                .storable(command.comment(), "comment");
        inputs.throwIfAny();
        boolean justified = command.justified();
        var comment = command.comment() == null ? "" : command.comment().strip();
        return transactions.inTransaction(() -> {
            var task = find(id);
            var assignee = existing(task.assignee());
            requireMayDirect(actor, task, assignee, "rule on a refusal of");
            var refusal = task.refusalAwaitingRuling().orElseThrow(() ->
                    ConflictException.illegalTransition("task", id, task.status(), "rule on the refusal of"));
            var now = clock.instant();
            var violation = justified ? Optional.<RecordedViolation>empty()
                    : Optional.of(discipline.recordEstablished(actor, new RecordViolation(assignee.id().value(),
                            ViolationType.TASK_REFUSED_WITHOUT_VALID_REASON, refusal.at(), null, null,
                            "refused task %s without a valid reason (refusal %d at %s: \"%s\"); ruled unjustified by %s: %s"
                                    .formatted(id, refusal.number(), refusal.at(), refusal.reason(), actor.id(), comment),
                            null, null, null, null, null, null)));
            var stored = tasks.update(task.ruleOnRefusal(justified, now, actor.id(), comment,
                    violation.map(v -> v.violation().id())));
            events.publish(new TaskEvents.TaskRefusalRuled(id.value(), assignee.id().value(), refusal.number(), justified,
                    actor.id().value(), violation.map(v -> v.violation().id().value()).orElse(""), now));
            announceLapsed(task, stored, now);
            audit.record(new AuditEntry(now, actor.id(), "task.rule-refusal", "task", id.value(),
                    (justified ? "justified" : "unjustified, violation " + violation.orElseThrow().violation().id())
                            + (comment.isEmpty() ? "" : ": " + comment)));
            return new RuledRefusal(stored, violation);
        });
    }

    // ---------------------------------------------------------------- adjustment

    /**
     * The assignee asks for a new deadline and/or new requirements, with a reason and a proposed
     * alternative (§3.1.1). A request made less than the policy's notice (24 hours by default)
     * before the deadline is accepted but marked late. One request at a time.
     */
    public Task requestAdjustment(Actor actor, TaskId id, RequestAdjustment command) {
        Objects.requireNonNull(actor, "actor");
        var now = clock.instant();
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        var newRequirements = command.newRequirements() == null ? List.<String>of() : command.newRequirements();
        inputs.require(command.newDeadline() != null || !newRequirements.isEmpty(), "newDeadline",
                        "ask for a new deadline, new requirements, or both")
                .require(command.newDeadline() == null || command.newDeadline().isAfter(now), "newDeadline",
                        "must be in the future (now is " + now + ")");
        items(inputs, newRequirements, "newRequirements");
        text(inputs, command.reason(), "reason", REASON_MAX);
        text(inputs, command.proposedAlternative(), "proposedAlternative", REASON_MAX);
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var task = find(id);
            requireAssignee(actor, task, "request an adjustment of");
            var current = task.currentTerms();
            var requirements = strip(newRequirements);
            if ((command.newDeadline() == null || command.newDeadline().equals(current.deadline()))
                    && (requirements.isEmpty() || requirements.equals(current.requirements()))) {
                throw InvalidInputException.of("newDeadline", "the request asks for the terms already in force");
            }
            var policy = policies.inForceAt(now);
            boolean late = policy.tasks().adjustmentLate(now, current.deadline());
            var stored = tasks.update(task.requestAdjustment(now, Optional.ofNullable(command.newDeadline()),
                    requirements, command.reason().strip(), command.proposedAlternative().strip(), late,
                    policy.version()));
            int number = stored.adjustments().size();
            events.publish(new TaskEvents.TaskAdjustmentRequested(id.value(), task.assignee().value(),
                    task.assigner().value(), number, late, now));
            audit.record(new AuditEntry(now, actor.id(), "task.request-adjustment", "task", id.value(),
                    "adjustment " + number + (late ? " (late: less than " + policy.tasks().adjustmentMinNotice()
                            + " before the deadline)" : "") + ": " + command.reason().strip()));
            return stored;
        });
    }

    /**
     * Approves or denies the pending adjustment (§3.1.1: change only after the superior
     * approves). An approval gives the task the next version of its terms; the earlier versions
     * are kept. A denial needs a reason.
     */
    public Task decideAdjustment(Actor actor, TaskId id, DecideAdjustment command) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        inputs.present(command.adjustment(), "adjustment")
                .present(command.approved(), "approved")
                .require(!Boolean.FALSE.equals(command.approved()) || command.reason() != null
                        && !command.reason().isBlank(), "reason", "is required to deny an adjustment")
                .require(command.reason() == null || command.reason().length() <= REASON_MAX, "reason",
                        "must be at most " + REASON_MAX + " characters")
                .storable(command.reason(), "reason");
        inputs.throwIfAny();
        boolean approved = command.approved();
        var reason = command.reason() == null ? "" : command.reason().strip();
        return transactions.inTransaction(() -> {
            var task = find(id);
            requireMayDirect(actor, task, existing(task.assignee()), "decide an adjustment of");
            var now = clock.instant();
            var stored = tasks.update(task.decideAdjustment(command.adjustment(), approved, now, actor.id(), reason));
            var decision = stored.adjustment(command.adjustment()).decision().orElseThrow();
            events.publish(new TaskEvents.TaskAdjustmentDecided(id.value(), task.assignee().value(),
                    command.adjustment(), decision.outcome(), decision.termsVersion().map(String::valueOf).orElse(""),
                    now));
            audit.record(new AuditEntry(now, actor.id(), "task.decide-adjustment", "task", id.value(),
                    "adjustment " + command.adjustment() + " " + decision.outcome()
                            + decision.termsVersion().map(v -> ", terms version " + v).orElse("")
                            + (reason.isEmpty() ? "" : ": " + reason)));
            return stored;
        });
    }

    // ---------------------------------------------------------------- execution

    /** The assignee reports progress on a task in progress (§3.1.2). */
    public Task reportProgress(Actor actor, TaskId id, ReportProgress command) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        text(inputs, command.text(), "text", TEXT_MAX);
        inputs.present(command.percentDone(), "percentDone")
                .require(command.percentDone() == null || command.percentDone() >= 0 && command.percentDone() <= 100,
                        "percentDone", "must be between 0 and 100");
        var blockers = command.blockers() == null ? List.<String>of() : command.blockers();
        items(inputs, blockers, "blockers");
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var task = find(id);
            requireAssignee(actor, task, "report progress on");
            var now = clock.instant();
            var stored = tasks.update(task.reportProgress(now, command.text().strip(), command.percentDone(),
                    strip(blockers)));
            int number = stored.progressReports().size();
            events.publish(new TaskEvents.TaskProgressReported(id.value(), task.assignee().value(), number,
                    command.percentDone(), blockers.size(), now));
            audit.record(new AuditEntry(now, actor.id(), "task.report-progress", "task", id.value(),
                    "report " + number + ": " + command.percentDone() + "% done, " + blockers.size() + " blocker(s)"));
            return stored;
        });
    }

    /** The assignee escalates a major issue or one beyond their authority (§3.1.2). */
    public Task escalate(Actor actor, TaskId id, String issue) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        text(inputs, issue, "issue", TEXT_MAX);
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var task = find(id);
            requireAssignee(actor, task, "escalate an issue of");
            var now = clock.instant();
            var stored = tasks.update(task.escalate(now, issue.strip()));
            int number = stored.escalations().size();
            events.publish(new TaskEvents.TaskEscalated(id.value(), task.assignee().value(), task.assigner().value(),
                    number, now));
            audit.record(new AuditEntry(now, actor.id(), "task.escalate", "task", id.value(),
                    "escalation " + number + ": " + issue.strip()));
            return stored;
        });
    }

    /** A superior answers an open escalation (§3.1.2). */
    public Task answerEscalation(Actor actor, TaskId id, AnswerEscalation command) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        inputs.present(command.escalation(), "escalation");
        text(inputs, command.answer(), "answer", TEXT_MAX);
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var task = find(id);
            requireMayDirect(actor, task, existing(task.assignee()), "answer an escalation of");
            var now = clock.instant();
            var stored = tasks.update(task.answerEscalation(command.escalation(), now, actor.id(),
                    command.answer().strip()));
            events.publish(new TaskEvents.TaskEscalationAnswered(id.value(), task.assignee().value(),
                    command.escalation(), actor.id().value(), now));
            audit.record(new AuditEntry(now, actor.id(), "task.answer-escalation", "task", id.value(),
                    "escalation " + command.escalation() + ": " + command.answer().strip()));
            return stored;
        });
    }

    /** The escalations the actor may answer that await an answer, oldest task first. */
    public List<OpenEscalation> openEscalations(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        var open = new ArrayList<OpenEscalation>();
        for (var task : tasks.withOpenEscalations()) {
            if (mayDirect(actor, task, existing(task.assignee()))) {
                task.openEscalations().forEach(e -> open.add(new OpenEscalation(task.id(), task.title(),
                        task.assignee(), task.assigner(), e)));
            }
        }
        return open;
    }

    // ---------------------------------------------------------------- completion and review

    /**
     * The assignee reports the task complete (§3.1.3), with a self-check of every requirement of
     * the terms in force; a self-check that skips one is refused. A report after the deadline is
     * late. Everyone copied on the task is notified, one event each.
     */
    public Task reportCompletion(Actor actor, TaskId id, ReportCompletion command) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        text(inputs, command.summary(), "summary", TEXT_MAX);
        inputs.present(command.checks(), "checks");
        var seen = new HashSet<Integer>();
        var checks = command.checks() == null ? List.<SelfCheck>of() : command.checks();
        for (int i = 0; i < checks.size(); i++) {
            var check = checks.get(i);
            var field = "checks[" + i + "]";
            inputs.present(check, field);
            if (check == null) {
                continue;
            }
            inputs.present(check.requirement(), field + ".requirement")
                    .require(check.requirement() == null || check.requirement() >= 1, field + ".requirement",
                            "requirements are numbered from 1")
                    .require(check.requirement() == null || seen.add(check.requirement()), field + ".requirement",
                            "requirement " + check.requirement() + " is checked twice")
                    .present(check.met(), field + ".met")
                    .require(!Boolean.FALSE.equals(check.met()) || check.note() != null && !check.note().isBlank(),
                            field + ".note", "is required for a requirement that is not met")
                    .require(check.note() == null || check.note().length() <= REASON_MAX, field + ".note",
                            "must be at most " + REASON_MAX + " characters")
                    .storable(check.note(), field + ".note");
        }
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var task = find(id);
            requireAssignee(actor, task, "report completion of");
            if (task.status() != TaskStatus.IN_PROGRESS) {
                throw ConflictException.illegalTransition("task", id, task.status(), "report completion of");
            }
            var terms = task.currentTerms();
            int count = terms.requirements().size();
            var beyond = new Inputs();
            for (int i = 0; i < checks.size(); i++) {
                beyond.require(checks.get(i).requirement() <= count, "checks[" + i + "].requirement",
                        "terms version " + terms.version() + " have " + count + " requirement(s)");
            }
            beyond.throwIfAny();
            var skipped = IntStream.rangeClosed(1, count).filter(n -> !seen.contains(n)).boxed().toList();
            if (!skipped.isEmpty()) {
                throw new PolicyRefusalException("§3.1.3", "tasks.completion.selfCheck",
                        "the self-check skips requirement(s) " + skipped + " of terms version " + terms.version()
                                + ": every requirement is checked against the result", "checks");
            }
            var now = clock.instant();
            var selfCheck = checks.stream()
                    .map(c -> new RequirementCheck(c.requirement(), c.met(), c.note() == null ? "" : c.note().strip()))
                    .sorted(Comparator.comparingInt(RequirementCheck::requirement))
                    .toList();
            var stored = tasks.update(task.submitCompletion(now, actor.id(), command.summary().strip(), selfCheck));
            var report = stored.completions().get(stored.completions().size() - 1);
            var assignee = task.assignee().value();
            events.publish(new TaskEvents.TaskCompletionReported(id.value(), assignee, task.assigner().value(),
                    report.number(), report.late(), report.allRequirementsMet(), now));
            task.copiedPeople().forEach(p -> events.publish(new TaskEvents.TaskCompletionCopied(id.value(), assignee,
                    report.number(), "employee", p.value(), now)));
            task.copiedDepartments().forEach(d -> events.publish(new TaskEvents.TaskCompletionCopied(id.value(),
                    assignee, report.number(), "department", d.value(), now)));
            announceLapsed(task, stored, now);
            audit.record(new AuditEntry(now, actor.id(), "task.report-completion", "task", id.value(),
                    "completion " + report.number() + (report.late() ? " (late)" : "") + ", "
                            + selfCheck.stream().filter(RequirementCheck::met).count() + " of " + count
                            + " requirement(s) met"));
            return stored;
        });
    }

    /**
     * The assigner reviews the submitted result (§3.1.3): accepts it with a quality score from 0
     * to 100 and comments, completing the task, or returns it for rework with a reason.
     */
    public Task review(Actor actor, TaskId id, ReviewCompletion command) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        boolean accepting = command.outcome() == ReviewOutcome.ACCEPTED;
        inputs.present(command.outcome(), "outcome")
                .require(!accepting || command.qualityScore() != null, "qualityScore", "is required to accept a result")
                .require(accepting || command.qualityScore() == null, "qualityScore",
                        "is given only when the result is accepted")
                .require(command.qualityScore() == null || command.qualityScore() >= 0 && command.qualityScore() <= 100,
                        "qualityScore", "must be between 0 and 100");
        text(inputs, command.comments(), "comments", REASON_MAX);
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var task = find(id);
            requireMayDirect(actor, task, existing(task.assignee()), "review");
            var now = clock.instant();
            var comments = command.comments().strip();
            var stored = tasks.update(task.review(now, actor.id(), command.outcome(),
                    Optional.ofNullable(command.qualityScore()), comments));
            events.publish(accepting
                    ? new TaskEvents.TaskCompletionAccepted(id.value(), task.assignee().value(), command.qualityScore(),
                            actor.id().value(), now)
                    : new TaskEvents.TaskReturnedForRework(id.value(), task.assignee().value(), actor.id().value(), now));
            audit.record(new AuditEntry(now, actor.id(), "task.review", "task", id.value(),
                    (accepting ? "accepted, quality " + command.qualityScore() : "returned for rework") + ": "
                            + comments));
            return stored;
        });
    }

    // ---------------------------------------------------------------- sweep

    /**
     * Marks, as of {@code now}, every task whose deadline passed while the work was still owed
     * and every report period that ended without a progress report (§3.1.2), publishing one
     * event per mark. Each task is swept in its own transaction. Idempotent: a fact already
     * marked, by this or another instance sharing the store, is not marked again (see
     * {@link TaskStore#markOnce}).
     *
     * @param now the instant to sweep for; not after the clock's present
     */
    public SweepResult sweep(Instant asOf) {
        var now = StoredPrecision.truncate(Objects.requireNonNull(asOf, "now"));
        var present = clock.instant();
        if (now.isAfter(present)) {
            throw InvalidInputException.of("now", "must not be in the future (now is " + present + ")");
        }
        var marked = new ArrayList<SweepMark>();
        var zoneOf = policies.zoneByVersion();
        for (var candidate : tasks.unfinished()) {
            marked.addAll(transactions.inTransaction(() -> sweepOne(find(candidate.id()), now,
                    zoneOf.apply(candidate.policyVersion()))));
        }
        return new SweepResult(now, marked);
    }

    private List<SweepMark> sweepOne(Task task, Instant now, ZoneId zone) {
        var marked = new ArrayList<SweepMark>();
        var terms = task.currentTerms();
        if (task.status().workOwed() && now.isAfter(terms.deadline())) {
            var mark = new SweepMark(task.id(), SweepMark.Kind.OVERDUE, firstVersionWithDeadline(task), terms.deadline(),
                    now);
            if (tasks.markOnce(mark)) {
                marked.add(mark);
                events.publish(new TaskEvents.TaskOverdue(task.id().value(), task.assignee().value(),
                        task.assigner().value(), terms.deadline(), now));
            }
        }
        for (var period : ProgressSchedule.due(task, zone, now)) {
            if (period.missed()) {
                var mark = new SweepMark(task.id(), SweepMark.Kind.MISSED_PROGRESS_REPORT, period.number(),
                        period.end(), now);
                if (tasks.markOnce(mark)) {
                    marked.add(mark);
                    events.publish(new TaskEvents.ProgressReportMissed(task.id().value(), task.assignee().value(),
                            task.assigner().value(), period.number(), period.end(), now));
                }
            }
        }
        return marked;
    }

    /** Terms versions that only changed the requirements keep the deadline; one deadline is overdue once. */
    private static int firstVersionWithDeadline(Task task) {
        var deadline = task.currentTerms().deadline();
        int first = task.currentTerms().version();
        while (first > 1 && task.terms().get(first - 2).deadline().equals(deadline)) {
            first--;
        }
        return first;
    }

    // ---------------------------------------------------------------- reading

    /** The task with {@code id}, with its terms and history, if the actor may see it. */
    public Task task(Actor actor, TaskId id) {
        Objects.requireNonNull(actor, "actor");
        var task = find(id);
        requireView(actor, task);
        return task;
    }

    /** What the sweep marked on the task, if the actor may see it. */
    public List<SweepMark> marks(Actor actor, TaskId id) {
        task(actor, id);
        return tasks.marks(id);
    }

    /**
     * The tasks assigned to {@code employee}, oldest first, optionally only those in
     * {@code status}. Whoever may see the employee's records, and their superiors, see all of
     * them; an assigner or a copied person sees the ones that concern them.
     */
    public List<Task> tasksOf(Actor actor, EmployeeId employee, Optional<TaskStatus> status) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(status, "status");
        var assignee = existing(employee);
        var all = tasks.assignedTo(employee);
        boolean everything = Access.canView(actor, assignee) || isSuperior(actor.id(), assignee);
        var visible = everything ? all : all.stream()
                .filter(t -> actor.is(t.assigner()) || t.copiedPeople().contains(actor.id()))
                .toList();
        if (!everything && visible.isEmpty()) {
            throw new NotFoundException("employee", employee);
        }
        return visible.stream().filter(t -> status.isEmpty() || t.status() == status.get()).toList();
    }

    /** The tasks the actor assigned, oldest first. */
    public List<Task> assignedBy(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return tasks.assignedBy(actor.id());
    }

    /**
     * The compliance facts of {@code employee}'s work assignments in [{@code from}, {@code to})
     * as of now (§3.3.1), each number with the tasks it counts. The employee, their manager or
     * a superior, and HR may read them.
     */
    public ComplianceFacts complianceFacts(Actor actor, EmployeeId employee, Instant from, Instant to) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        inputs.present(from, "from").present(to, "to")
                .require(from == null || to == null || from.isBefore(to), "to", "must be after from");
        inputs.throwIfAny();
        var subject = existing(employee);
        boolean superior = isSuperior(actor.id(), subject);
        if (!(Access.canView(actor, subject) || superior)) {
            throw new NotFoundException("employee", employee);
        }
        if (!(actor.is(employee) || actor.isHr() || actor.manages(subject.department()) || superior)) {
            throw new AccessDeniedException("the compliance facts of " + employee
                    + " are read by the employee, their manager or HR");
        }
        var zoneOf = policies.zoneByVersion();
        return ComplianceFacts.of(employee, from, to, clock.instant(), tasks.assignedTo(employee),
                task -> zoneOf.apply(task.policyVersion()));
    }

    // ---------------------------------------------------------------- helpers

    private boolean isSuperior(EmployeeId candidate, Employee subordinate) {
        var visited = new HashSet<EmployeeId>();
        var next = subordinate.supervisor();
        while (next.isPresent() && visited.add(next.get())) {
            if (next.get().equals(candidate)) {
                return true;
            }
            next = employees.find(next.get()).flatMap(Employee::supervisor);
        }
        return false;
    }

    private boolean mayDirect(Actor actor, Task task, Employee assignee) {
        return !actor.is(assignee.id()) && (actor.is(task.assigner()) || actor.isHr()
                || actor.manages(assignee.department()) || isSuperior(actor.id(), assignee));
    }

    private void requireMayDirect(Actor actor, Task task, Employee assignee, String action) {
        requireView(actor, task);
        Access.requireNotOwnCase(actor, assignee.id(), action + " a task");
        if (!mayDirect(actor, task, assignee)) {
            throw new AccessDeniedException(actor.id() + " may not " + action + " task " + task.id()
                    + ": the assigner, a superior or the department manager of " + assignee.id() + ", or HR may");
        }
    }

    private void requireAssignee(Actor actor, Task task, String action) {
        if (!actor.is(task.assignee())) {
            requireView(actor, task);
            throw new AccessDeniedException("only the assignee, " + task.assignee() + ", may " + action + " task "
                    + task.id());
        }
    }

    private void requireView(Actor actor, Task task) {
        var assignee = existing(task.assignee());
        if (!(actor.is(assignee.id()) || task.copiedPeople().contains(actor.id()) || mayDirect(actor, task, assignee)
                || Access.canView(actor, assignee))) {
            throw new NotFoundException("task", task.id());
        }
    }

    private void announceLapsed(Task before, Task after, Instant now) {
        before.pendingAdjustment().ifPresent(pending -> {
            var decision = after.adjustment(pending.number()).decision();
            if (decision.filter(d -> d.outcome() == AdjustmentOutcome.LAPSED).isPresent()) {
                events.publish(new TaskEvents.TaskAdjustmentDecided(after.id().value(), after.assignee().value(),
                        pending.number(), AdjustmentOutcome.LAPSED, "", now));
            }
        });
    }

    private Task find(TaskId id) {
        Objects.requireNonNull(id, "id");
        return tasks.find(id).orElseThrow(() -> new NotFoundException("task", id));
    }

    private Employee existing(EmployeeId id) {
        return employees.find(id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    private static void text(Inputs inputs, String value, String field, int max) {
        inputs.notBlank(value, field)
                .require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    private static void items(Inputs inputs, List<String> values, String field) {
        if (values == null) {
            return;
        }
        inputs.require(values.size() <= ITEMS_MAX, field, "must list at most " + ITEMS_MAX);
        for (int i = 0; i < values.size(); i++) {
            text(inputs, values.get(i), field + "[" + i + "]", ITEM_MAX);
        }
    }

    private static void validIds(Inputs inputs, List<String> values, String field) {
        if (values == null) {
            return;
        }
        inputs.require(values.size() <= ITEMS_MAX, field, "must list at most " + ITEMS_MAX);
        for (int i = 0; i < values.size(); i++) {
            inputs.require(Ids.isValid(values.get(i)), field + "[" + i + "]", "is not a valid id");
        }
    }

    private static List<String> strip(List<String> values) {
        return values.stream().map(String::strip).toList();
    }

    private static <T> List<T> distinct(List<String> values, Function<String, T> id) {
        return values == null ? List.of() : List.copyOf(values.stream().map(id).collect(Collectors.toCollection(
                LinkedHashSet::new)));
    }

    private static String joined(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }
}
