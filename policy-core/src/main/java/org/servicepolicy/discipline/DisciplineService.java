package org.servicepolicy.discipline;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DecisionStore;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.IdGenerator;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.Transactions;
import org.servicepolicy.kernel.Verdict;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.PeopleEvents;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.policy.ViolationType;

/**
 * Use cases of work discipline and progressive penalties (§3.2, §3.3.3): recording violations,
 * the penalty lifecycle, and leave. Each command is one transaction.
 */
public final class DisciplineService {
    /** The decision kind of a ladder proposal. */
    public static final DecisionKind PROPOSAL = DecisionKind.of("discipline.penalty-proposal");
    /** The decision kind of a compensation assessment. */
    public static final DecisionKind COMPENSATION = DecisionKind.of("discipline.compensation");
    /** The decision kind of an appeal decision. */
    public static final DecisionKind APPEAL = DecisionKind.of("discipline.appeal-decision");
    /** The decision kind of a penalty withdrawn or revoked because approved leave excuses its violation. */
    public static final DecisionKind LEAVE_EXCUSE = DecisionKind.of("discipline.leave-excuse");

    private final ViolationStore violations;
    private final PenaltyStore penalties;
    private final LeaveRequestStore leave;
    private final EmployeeStore employees;
    private final DecisionStore decisions;
    private final PolicyService policies;
    private final Transactions transactions;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the service to its ports. */
    public DisciplineService(ViolationStore violations, PenaltyStore penalties, LeaveRequestStore leave,
                             EmployeeStore employees, DecisionStore decisions, PolicyService policies,
                             Transactions transactions, EventPublisher events, AuditTrail audit, IdGenerator ids,
                             Clock clock) {
        this.violations = Objects.requireNonNull(violations, "violations");
        this.penalties = Objects.requireNonNull(penalties, "penalties");
        this.leave = Objects.requireNonNull(leave, "leave");
        this.employees = Objects.requireNonNull(employees, "employees");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---------------------------------------------------------------- violations

    /**
     * Records a violation and proposes the penalty the ladder gives (§3.3.3), storing the
     * decision that explains it. HR, the employee's department manager and the service
     * supervision group may record; nobody records their own.
     */
    public RecordedViolation record(Actor actor, RecordViolation command) {
        Objects.requireNonNull(actor, "actor");
        var now = clock.instant();
        validate(command, now);
        return transactions.inTransaction(() -> {
            requireMayRecordAnyone(actor);
            var employee = employeeReferencedForDecision(command.employeeId());
            requireReferenceVisible(actor, employee, "employeeId");
            requireMayRecord(actor, employee);
            return recordChecked(actor, employee, command, now);
        });
    }

    /**
     * Records a violation found by another capability of the library (an unjustified task
     * refusal, §3.1.1), inside the caller's transaction. The caller has already decided that
     * {@code actor} may establish the fact; the same ladder, decisions and events apply.
     */
    public RecordedViolation recordEstablished(Actor actor, RecordViolation command) {
        Objects.requireNonNull(actor, "actor");
        var now = clock.instant();
        validate(command, now);
        return transactions.inTransaction(() -> recordChecked(actor, employeeReferencedForDecision(command.employeeId()),
                command, now));
    }

    private RecordedViolation recordChecked(Actor actor, Employee employee, RecordViolation command, Instant now) {
        if (!employee.status().employed()) {
            throw new PolicyRefusalException("§1.2", "discipline.employed",
                    "employee " + employee.id() + " is " + employee.status() + "; violations are recorded for employees",
                    "employeeId");
        }
        if (command.occurredAt().isBefore(employee.hireDate().atStartOfDay(policies.current().company().zone())
                .toInstant())) {
            throw InvalidInputException.of("occurredAt", "is before the employee's hire date " + employee.hireDate());
        }
        var policy = policies.inForceAt(command.occurredAt());
        if (command.type().excusedByLeave()) {
            leave.of(employee.id()).stream()
                    .filter(l -> l.status() == LeaveStatus.APPROVED && l.covers(command.occurredAt()))
                    .findFirst()
                    .ifPresent(l -> {
                        throw new PolicyRefusalException("§3.2.2", "discipline.leave.covers",
                                "%s at %s is covered by approved leave %s (%s to %s)".formatted(command.type(),
                                        command.occurredAt(), l.id(), l.startsAt(), l.endsAt()), "occurredAt");
                    });
        }
        if (command.type() == ViolationType.PROPERTY_DAMAGE
                && !policy.company().currency().getCurrencyCode().equals(command.damageCurrency())) {
            throw InvalidInputException.of("damage.currency", "must be " + policy.company().currency()
                    + ", the policy's currency");
        }
        var facts = new ViolationFacts(command.type(), Optional.ofNullable(command.minutes()),
                Optional.ofNullable(command.days()), Optional.ofNullable(command.severity()),
                Boolean.TRUE.equals(command.customerDataLeaked()), Optional.ofNullable(command.fault()));
        var severity = SeverityRule.severityOf(facts, policy.discipline());
        var compensation = command.type() == ViolationType.PROPERTY_DAMAGE
                ? Optional.of(CompensationRule.assess(new Damage(new Money(command.damageAmount(),
                        policy.company().currency()), command.fault()), employee.monthlyWage(), policy.discipline()))
                : Optional.<Verdict<Compensation>>empty();
        var violation = violations.add(new Violation(ViolationId.of(ids.next()), employee.id(), command.type(),
                severity.outcome(), command.occurredAt(), now, actor.id(), command.description().strip(),
                Optional.ofNullable(command.minutes()), Optional.ofNullable(command.days()),
                Optional.ofNullable(command.ruleArea()), Boolean.TRUE.equals(command.customerDataLeaked()),
                compensation.map(Verdict::outcome), policy.version(), Optional.empty(), 0));
        events.publish(new DisciplineEvents.ViolationRecorded(violation.id().value(), employee.id().value(),
                violation.type().name(), violation.severity().name(), now));
        audit.record(new AuditEntry(now, actor.id(), "violation.record", "violation", violation.id().value(),
                violation.type() + " " + violation.severity() + " of " + employee.id()));

        var ladder = PenaltyLadder.propose(violation, violations.of(employee.id()), penalties.of(employee.id()),
                employee, policy);
        var proposal = decide(PROPOSAL, employee.id(), ladder.outcome().outcome(),
                severity.because(ladder.reasons()).reasons(), policy, violation.occurredAt(), now, actor);
        var compensationDecision = compensation.map(c -> decide(COMPENSATION, employee.id(),
                c.outcome().amount().toString(), c.reasons(), policy, violation.occurredAt(), now, actor));
        var penalty = ladder.outcome().step().map(step -> {
            var proposed = penalties.add(new Penalty(PenaltyId.of(ids.next()), violation.id(), employee.id(), step,
                    ladder.outcome().fine(), proposal.id(),
                    List.of(new PenaltyTransition(PenaltyStatus.PROPOSED, now, actor.id(), Optional.empty())),
                    Optional.empty(), Optional.empty(), 0));
            announce(proposed, now);
            audit.record(new AuditEntry(now, actor.id(), "penalty.propose", "penalty", proposed.id().value(),
                    step + " for violation " + violation.id()));
            return proposed;
        });
        return new RecordedViolation(violation, penalty, proposal, compensationDecision);
    }

    private void validate(RecordViolation command, Instant now) {
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        var type = command.type();
        var measure = type == null ? null : type.measure();
        inputs.present(command.employeeId(), "employeeId")
                .require(command.employeeId() == null || Ids.isValid(command.employeeId()), "employeeId",
                        "is not a valid id")
                .present(type, "type")
                .present(command.occurredAt(), "occurredAt")
                .require(command.occurredAt() == null || !command.occurredAt().isAfter(now), "occurredAt",
                        "must not be in the future (now is " + now + ")")
                .text(command.description(), "description");
        if (measure != null) {
            boolean minutes = measure == ViolationType.Measure.MINUTES;
            boolean days = measure == ViolationType.Measure.DAYS;
            boolean damage = measure == ViolationType.Measure.DAMAGE;
            boolean recorder = measure == ViolationType.Measure.RECORDER_SEVERITY;
            inputs.require(!minutes || command.minutes() != null, "minutes", "is required for " + type)
                    .require(minutes || command.minutes() == null, "minutes", "applies only to LATE_ARRIVAL and EARLY_LEAVE")
                    .require(command.minutes() == null || command.minutes() > 0 && command.minutes() <= 24 * 60,
                            "minutes", "must be between 1 and 1440")
                    .require(!days || command.days() != null, "days", "is required for " + type)
                    .require(days || command.days() == null, "days", "applies only to ABSENTEEISM")
                    .require(command.days() == null || command.days() > 0 && command.days() <= 366, "days",
                            "must be between 1 and 366")
                    .require(!recorder || command.severity() != null, "severity", "is required for " + type)
                    .require(recorder || command.severity() == null, "severity",
                            "is decided by the policy for " + type + "; only COMPANY_RULE_VIOLATION takes the recorder's")
                    .require(!recorder || command.ruleArea() != null, "ruleArea", "is required for " + type)
                    .require(recorder || command.ruleArea() == null, "ruleArea", "applies only to COMPANY_RULE_VIOLATION")
                    .require(command.customerDataLeaked() == null || type == ViolationType.CONFIDENTIALITY_BREACH,
                            "customerDataLeaked", "applies only to CONFIDENTIALITY_BREACH")
                    .require(!damage || command.damageAmount() != null, "damage.amount", "is required for " + type)
                    .require(!damage || command.damageCurrency() != null, "damage.currency", "is required for " + type)
                    .require(!damage || command.fault() != null, "damage.fault", "is required for " + type)
                    .require(damage || command.damageAmount() == null && command.fault() == null
                            && command.damageCurrency() == null, "damage", "applies only to PROPERTY_DAMAGE")
                    .require(command.damageCurrency() == null || isCurrency(command.damageCurrency()), "damage.currency",
                            "must be an ISO-4217 code such as CNY")
                    .positiveAmount(command.damageAmount(), command.damageCurrency() != null
                            && isCurrency(command.damageCurrency()) ? Currency.getInstance(command.damageCurrency())
                            : policies.current().company().currency(), "damage.amount");
        }
        inputs.throwIfAny();
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void requireMayRecordAnyone(Actor actor) {
        if (!(actor.isHr() || actor.has(Role.SUPERVISION_GROUP) || actor.has(Role.MANAGER))) {
            throw new AccessDeniedException(
                    "violations are recorded by HR, a department manager or the service supervision group");
        }
    }

    /** An employee the actor may not see is, to them, an employee that does not exist. */
    private static void requireReferenceVisible(Actor actor, Employee employee, String field) {
        if (!Access.canView(actor, employee)) {
            throw InvalidInputException.of(field, "no such employee: " + employee.id());
        }
    }

    private void requireMayRecord(Actor actor, Employee employee) {
        Access.requireNotOwnCase(actor, employee.id(), "record a violation");
        if (!(actor.isHr() || actor.has(Role.SUPERVISION_GROUP) || actor.manages(employee.department()))) {
            throw new AccessDeniedException("violations of " + employee.id()
                    + " are recorded by HR, their department manager or the service supervision group");
        }
    }

    /** The violations of {@code employee}, oldest first, if the actor may see them. */
    public List<Violation> violations(Actor actor, EmployeeId employee) {
        Access.requireView(actor, existing(employee));
        return violations.of(employee);
    }

    /** One violation, if the actor may see its employee's records. */
    public Violation violation(Actor actor, ViolationId id) {
        var violation = violations.find(id).orElseThrow(() -> new NotFoundException("violation", id));
        Access.requireView(actor, existing(violation.employee()), "violation", id);
        return violation;
    }

    // ---------------------------------------------------------------- penalties

    /** The penalties of {@code employee}, oldest first, if the actor may see them. */
    public List<Penalty> penalties(Actor actor, EmployeeId employee) {
        Access.requireView(actor, existing(employee));
        return penalties.of(employee);
    }

    /** One penalty, if the actor may see its employee's records. */
    public Penalty penalty(Actor actor, PenaltyId id) {
        var penalty = findPenalty(id);
        Access.requireView(actor, existing(penalty.employee()), "penalty", id);
        return penalty;
    }

    /**
     * Issues a proposed penalty. A warning or fine is issued by HR or the employee's department
     * manager, a demotion or dismissal by HR only; nobody issues their own. Issuing a demotion
     * lowers the level; issuing a dismissal sets the status to DISMISSED.
     */
    public Penalty issue(Actor actor, PenaltyId id) {
        Objects.requireNonNull(actor, "actor");
        return transactions.inTransaction(() -> {
            var held = penaltyHeld(id);
            var penalty = held.penalty();
            var employee = held.employee();
            Access.requireView(actor, employee, "penalty", id);
            Access.requireNotOwnCase(actor, employee.id(), "issue a penalty");
            boolean heavy = penalty.step() == PenaltyStep.DEMOTION || penalty.step() == PenaltyStep.DISMISSAL;
            if (heavy ? !actor.isHr() : !(actor.isHr() || actor.manages(employee.department()))) {
                throw new AccessDeniedException(heavy ? "only HR issues a " + penalty.step()
                        : "a " + penalty.step() + " is issued by HR or the employee's department manager");
            }
            var now = clock.instant();
            var issued = penalty.moveTo(PenaltyStatus.ISSUED, now, actor.id(), Optional.empty());
            if (penalty.step() == PenaltyStep.DEMOTION) {
                var policy = policies.current();
                var impossible = PenaltyLadder.demotionImpossible(employee, policy);
                if (impossible.isPresent()) {
                    throw new PolicyRefusalException("§3.3.3", "discipline.demotion.impossible",
                            "cannot demote " + employee.id() + ": " + impossible.get()
                                    + "; withdraw this proposal and decide another penalty");
                }
                int to = Math.max(policy.company().lowestLevel(), employee.level() - policy.discipline().demotionLevels());
                employees.update(employee.withLevel(to));
                issued = issued.remembering(Optional.of(employee.level()), Optional.empty());
                events.publish(new PeopleEvents.EmployeeLevelChanged(employee.id().value(), employee.level(), to,
                        "penalty " + id, now));
            } else if (penalty.step() == PenaltyStep.DISMISSAL) {
                employees.update(employee.withStatus(EmploymentStatus.DISMISSED));
                issued = issued.remembering(Optional.empty(), Optional.of(employee.status()));
                events.publish(new PeopleEvents.EmploymentStatusChanged(employee.id().value(),
                        employee.status().name(), EmploymentStatus.DISMISSED.name(), "penalty " + id, now));
            }
            var stored = penalties.update(issued);
            announce(stored, now);
            audit.record(new AuditEntry(now, actor.id(), "penalty.issue", "penalty", id.value(), penalty.step().name()));
            return stored;
        });
    }

    /** Withdraws a proposed penalty (HR only, with a reason). The violation stays on record. */
    public Penalty withdraw(Actor actor, PenaltyId id, String reason) {
        Objects.requireNonNull(actor, "actor");
        requireReason(reason);
        return transactions.inTransaction(() -> {
            var penalty = penaltyHeld(id).penalty();
            requireVisible(actor, penalty);
            Access.requireNotOwnCase(actor, penalty.employee(), "withdraw a penalty");
            Access.requireHr(actor, "withdraw a proposed penalty");
            var now = clock.instant();
            var stored = penalties.update(penalty.moveTo(PenaltyStatus.WITHDRAWN, now, actor.id(),
                    Optional.of(reason.strip())));
            announce(stored, now);
            audit.record(new AuditEntry(now, actor.id(), "penalty.withdraw", "penalty", id.value(), reason.strip()));
            return stored;
        });
    }

    /**
     * Appeals an issued penalty: only the employee it applies to, with a reason, within the
     * policy's appeal window after issue (15 days by default).
     */
    public Penalty appeal(Actor actor, PenaltyId id, String reason) {
        Objects.requireNonNull(actor, "actor");
        requireReason(reason);
        return transactions.inTransaction(() -> {
            var penalty = penaltyHeld(id).penalty();
            requireVisible(actor, penalty);
            if (!actor.is(penalty.employee())) {
                throw new AccessDeniedException("only " + penalty.employee() + " may appeal their penalty");
            }
            var now = clock.instant();
            var appealed = penalty.moveTo(PenaltyStatus.APPEALED, now, actor.id(), Optional.of(reason.strip()));
            var issuedAt = penalty.entered(PenaltyStatus.ISSUED).orElseThrow().at();
            var policy = policies.inForceAt(issuedAt);
            var deadline = issuedAt.atZone(policy.company().zone()).plus(policy.discipline().appealWindow()).toInstant();
            if (now.isAfter(deadline)) {
                throw new PolicyRefusalException("§3.3.3", "discipline.appeal.window",
                        "the appeal window of %s after issue closed at %s".formatted(policy.discipline().appealWindow(),
                                deadline));
            }
            var stored = penalties.update(appealed);
            announce(stored, now);
            audit.record(new AuditEntry(now, actor.id(), "penalty.appeal", "penalty", id.value(), reason.strip()));
            return stored;
        });
    }

    /**
     * Decides an appeal (HR, but not the person who issued the penalty, §1.3.3). REVOKED
     * restores the level or status the penalty changed and voids its violation. The decision is
     * stored with its reasons.
     */
    public Penalty decideAppeal(Actor actor, PenaltyId id, AppealOutcome outcome, String reason) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        inputs.present(outcome, "outcome").text(reason, "reason");
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var penalty = penaltyHeld(id).penalty();
            requireVisible(actor, penalty);
            Access.requireNotOwnCase(actor, penalty.employee(), "decide the appeal of a penalty");
            Access.requireHr(actor, "decide an appeal");
            var issuer = penalty.entered(PenaltyStatus.ISSUED).map(PenaltyTransition::by);
            if (issuer.filter(actor::is).isPresent()) {
                throw new AccessDeniedException("the person who issued penalty " + id
                        + " may not decide its appeal (§1.3.3); another HR member decides");
            }
            if (penalty.status() != PenaltyStatus.APPEALED) {
                throw ConflictException.illegalTransition("penalty", id, penalty.status(), "decide the appeal of");
            }
            var now = clock.instant();
            var violation = violations.find(penalty.violation()).orElseThrow();
            var policy = policies.inForceAt(violation.occurredAt());
            var appeal = penalty.entered(PenaltyStatus.APPEALED).orElseThrow();
            var decision = decide(APPEAL, penalty.employee(), outcome.name(), List.of(
                    Reason.of("§3.3.3", "discipline.appeal.grounds", "the employee appealed the " + penalty.step()
                                    + ": " + appeal.reason().orElse(""), "penalty", id, "appealedAt", appeal.at()),
                    Reason.of("§1.3.3", "discipline.appeal.decision", outcome + " by " + actor.id()
                                    + ", who did not issue the penalty: " + reason.strip(),
                            "outcome", outcome, "decidedBy", actor.id(), "issuedBy", issuer.map(Object::toString).orElse("none"))),
                    policy, appeal.at(), now, actor);
            var target = outcome == AppealOutcome.UPHELD ? PenaltyStatus.UPHELD : PenaltyStatus.REVOKED;
            var decided = penalty.moveTo(target, now, actor.id(), Optional.of(reason.strip()));
            if (target == PenaltyStatus.REVOKED) {
                restore(penalty, now, "appeal decision " + decision.id());
                voidViolation(violation, actor, now, "penalty " + id + " revoked on appeal (decision " + decision.id() + ")");
            }
            var stored = penalties.update(decided);
            announce(stored, now);
            audit.record(new AuditEntry(now, actor.id(), "penalty.decide-appeal", "penalty", id.value(),
                    outcome + ": " + reason.strip()));
            return stored;
        });
    }

    private void restore(Penalty penalty, Instant now, String cause) {
        if (penalty.levelBefore().isEmpty() && penalty.statusBefore().isEmpty()) {
            return;
        }
        var employee = existing(penalty.employee());
        var restored = employee;
        if (penalty.levelBefore().isPresent()) {
            restored = restored.withLevel(penalty.levelBefore().get());
            events.publish(new PeopleEvents.EmployeeLevelChanged(employee.id().value(), employee.level(),
                    restored.level(), cause, now));
        }
        if (penalty.statusBefore().isPresent()) {
            restored = restored.withStatus(penalty.statusBefore().get());
            events.publish(new PeopleEvents.EmploymentStatusChanged(employee.id().value(), employee.status().name(),
                    restored.status().name(), cause, now));
        }
        employees.update(restored);
    }

    private void voidViolation(Violation violation, Actor actor, Instant now, String why) {
        if (violation.voided()) {
            return;
        }
        violations.update(violation.voided(new Voiding(now, actor.id(), why)));
        events.publish(new DisciplineEvents.ViolationVoided(violation.id().value(), violation.employee().value(), why, now));
        audit.record(new AuditEntry(now, actor.id(), "violation.void", "violation", violation.id().value(), why));
    }

    // ---------------------------------------------------------------- leave

    /**
     * Requests leave (§3.2.2). An ordinary request comes at least the policy's notice before
     * the leave starts (24 hours by default); an emergency request may come later, even after
     * the fact, but needs a reason and HR's approval. An employee requests their own leave;
     * HR or their manager may file it for them.
     */
    public LeaveRequest requestLeave(Actor actor, NewLeaveRequest command) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        boolean emergency = Boolean.TRUE.equals(command.emergency());
        inputs.present(command.employeeId(), "employeeId")
                .require(command.employeeId() == null || Ids.isValid(command.employeeId()), "employeeId",
                        "is not a valid id")
                .present(command.startsAt(), "startsAt")
                .present(command.endsAt(), "endsAt")
                .require(command.startsAt() == null || command.endsAt() == null
                        || command.startsAt().isBefore(command.endsAt()), "endsAt", "must be after startsAt")
                .require(!emergency || command.reason() != null && !command.reason().isBlank(), "reason",
                        "is required for an emergency request")
                .optionalText(command.reason(), "reason");
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var employee = employeeReferenced(command.employeeId());
            requireReferenceVisible(actor, employee, "employeeId");
            if (!(actor.is(employee.id()) || actor.isHr() || actor.manages(employee.department()))) {
                throw new AccessDeniedException("leave of " + employee.id()
                        + " is requested by the employee, their department manager or HR");
            }
            var now = clock.instant();
            var policy = policies.inForceAt(now);
            var notice = policy.discipline().leaveNotice();
            if (!emergency && command.startsAt().isBefore(now.plus(notice))) {
                throw new PolicyRefusalException("§3.2.2", "discipline.leave.notice",
                        "leave must be requested at least %s in advance (it starts %s, now is %s); an emergency request with a reason can be approved by HR"
                                .formatted(notice, command.startsAt(), now), "startsAt");
            }
            var request = leave.add(new LeaveRequest(LeaveRequestId.of(ids.next()), employee.id(), command.startsAt(),
                    command.endsAt(), command.reason() == null ? "" : command.reason().strip(), emergency, now,
                    actor.id(), LeaveStatus.REQUESTED, Optional.empty(), Optional.empty(), Optional.empty(), 0));
            events.publish(new DisciplineEvents.LeaveRequestChanged(request.id().value(), employee.id().value(),
                    request.status().name(), now));
            audit.record(new AuditEntry(now, actor.id(), "leave.request", "leave-request", request.id().value(),
                    (emergency ? "emergency " : "") + request.startsAt() + " to " + request.endsAt()));
            return request;
        });
    }

    /**
     * Approves leave: the employee's department manager or HR, an emergency request HR only;
     * nobody approves their own. The lateness, early leave and absences the leave covers are
     * voided, and their penalties withdrawn or revoked (§3.2.2).
     */
    public LeaveRequest approveLeave(Actor actor, LeaveRequestId id, String note) {
        new Inputs().optionalText(note, "note").throwIfAny();
        return decideLeave(actor, id, LeaveStatus.APPROVED, Optional.ofNullable(note).filter(n -> !n.isBlank()));
    }

    /** Rejects leave, with a reason; who may is as for {@link #approveLeave}. */
    public LeaveRequest rejectLeave(Actor actor, LeaveRequestId id, String reason) {
        requireReason(reason);
        return decideLeave(actor, id, LeaveStatus.REJECTED, Optional.of(reason));
    }

    private LeaveRequest decideLeave(Actor actor, LeaveRequestId id, LeaveStatus outcome, Optional<String> note) {
        Objects.requireNonNull(actor, "actor");
        return transactions.inTransaction(() -> {
            var employee = heldForDecision(leave.find(id).orElseThrow(() -> new NotFoundException("leave request", id))
                    .employee());
            var request = leave.find(id).orElseThrow();
            Access.requireView(actor, employee, "leave request", id);
            Access.requireNotOwnCase(actor, employee.id(), "approve or reject leave");
            if (request.emergency() ? !actor.isHr() : !(actor.isHr() || actor.manages(employee.department()))) {
                throw new AccessDeniedException(request.emergency()
                        ? "an emergency leave request is decided by HR (§3.2.2)"
                        : "leave is decided by the employee's department manager or HR (§3.2.2)");
            }
            if (request.status() != LeaveStatus.REQUESTED) {
                throw ConflictException.illegalTransition("leave request", id, request.status(),
                        outcome == LeaveStatus.APPROVED ? "approve" : "reject");
            }
            var now = clock.instant();
            var decided = leave.update(request.decided(outcome, actor.id(), now, note.map(String::strip)));
            if (outcome == LeaveStatus.APPROVED) {
                excuseCoveredViolations(decided, actor, now);
            }
            events.publish(new DisciplineEvents.LeaveRequestChanged(id.value(), employee.id().value(), outcome.name(), now));
            audit.record(new AuditEntry(now, actor.id(), "leave." + (outcome == LeaveStatus.APPROVED ? "approve" : "reject"),
                    "leave-request", id.value(), note.orElse("")));
            return decided;
        });
    }

    private void excuseCoveredViolations(LeaveRequest request, Actor actor, Instant now) {
        var covered = violations.of(request.employee()).stream()
                .filter(v -> v.type().excusedByLeave() && !v.voided() && request.covers(v.occurredAt()))
                .toList();
        for (var violation : covered) {
            var why = "covered by approved leave " + request.id() + " (§3.2.2)";
            voidViolation(violation, actor, now, why);
            for (var penalty : penalties.forViolation(violation.id())) {
                var target = penalty.status() == PenaltyStatus.PROPOSED ? PenaltyStatus.WITHDRAWN
                        : penalty.status().next().contains(PenaltyStatus.REVOKED) ? PenaltyStatus.REVOKED : null;
                if (target == null) {
                    continue;
                }
                if (target == PenaltyStatus.REVOKED) {
                    restore(penalty, now, "leave " + request.id());
                }
                decide(LEAVE_EXCUSE, penalty.employee(), target.name(), List.of(Reason.of("§3.2.2",
                        "discipline.leave.excuses", "%s at %s is covered by leave %s (%s to %s), approved by %s: the %s %s is %s"
                                .formatted(violation.type(), violation.occurredAt(), request.id(), request.startsAt(),
                                        request.endsAt(), actor.id(), penalty.status(), penalty.step(),
                                        target.name().toLowerCase()),
                        "leaveRequest", request.id(), "violation", violation.id(), "penalty", penalty.id(),
                        "from", penalty.status(), "to", target)),
                        policies.inForceAt(violation.occurredAt()), violation.occurredAt(), now, actor);
                var stored = penalties.update(penalty.moveTo(target, now, actor.id(), Optional.of(why)));
                announce(stored, now);
                audit.record(new AuditEntry(now, actor.id(), "penalty." + target.verb(), "penalty",
                        penalty.id().value(), why));
            }
        }
    }

    /** The leave requests of {@code employee}, if the actor may see their records. */
    public List<LeaveRequest> leaveRequests(Actor actor, EmployeeId employee) {
        Access.requireView(actor, existing(employee));
        return leave.of(employee);
    }

    /** One leave request, if the actor may see its employee's records. */
    public LeaveRequest leaveRequest(Actor actor, LeaveRequestId id) {
        var request = leave.find(id).orElseThrow(() -> new NotFoundException("leave request", id));
        Access.requireView(actor, existing(request.employee()), "leave request", id);
        return request;
    }

    // ---------------------------------------------------------------- helpers

    private Decision decide(DecisionKind kind, EmployeeId subject, String outcome, List<Reason> reasons,
                            PolicyDefinition policy, Instant factAt, Instant now, Actor actor) {
        var decision = new Decision(DecisionId.of(ids.next()), kind, subject, outcome, new ArrayList<>(reasons),
                policy.version(), factAt, now, Optional.of(actor.id()));
        decisions.append(decision);
        return decision;
    }

    private void announce(Penalty penalty, Instant now) {
        events.publish(new DisciplineEvents.PenaltyStatusChanged(penalty.id().value(), penalty.employee().value(),
                penalty.step().name(), penalty.status().name(), now));
    }

    private static void requireReason(String reason) {
        new Inputs().text(reason, "reason").throwIfAny();
    }

    /** A penalty of someone the actor may not see is, to them, a penalty that does not exist. */
    private void requireVisible(Actor actor, Penalty penalty) {
        Access.requireView(actor, existing(penalty.employee()), "penalty", penalty.id());
    }

    private Penalty findPenalty(PenaltyId id) {
        return penalties.find(id).orElseThrow(() -> new NotFoundException("penalty", id));
    }

    private Employee existing(EmployeeId id) {
        return employees.find(id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    private Employee employeeReferenced(String id) {
        return employees.find(EmployeeId.of(id))
                .orElseThrow(() -> InvalidInputException.of("employeeId", "no such employee: " + id));
    }

    private Employee employeeReferencedForDecision(String id) {
        return employees.findForDecision(EmployeeId.of(id))
                .orElseThrow(() -> InvalidInputException.of("employeeId", "no such employee: " + id));
    }

    /** Holds the employee (decisions about one employee take turns), then reads their current state. */
    private Employee heldForDecision(EmployeeId id) {
        return employees.findForDecision(id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    /** A penalty read after its employee is held, so that no concurrent decision about them can interleave. */
    private HeldPenalty penaltyHeld(PenaltyId id) {
        var employee = heldForDecision(findPenalty(id).employee());
        return new HeldPenalty(findPenalty(id), employee);
    }

    private record HeldPenalty(Penalty penalty, Employee employee) {
    }
}
