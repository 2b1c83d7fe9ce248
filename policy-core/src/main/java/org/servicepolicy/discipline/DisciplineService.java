package org.servicepolicy.discipline;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyService;

/**
 * Use cases of work discipline and progressive penalties (§3.2, §3.3.3): recording violations,
 * the penalty lifecycle, and leave. Each command loads its facts, decides in a pure rule
 * ({@link RecordingRule}, {@link PenaltyRules}, {@link LeaveRules}, with {@link DisciplineAccess})
 * and commits through the {@link UnitOfWork}, in one transaction.
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
    /**
     * The decision kind of approving an emergency request filed after its leave began: whether
     * the emergency prevented notice, or leave was not requested in advance (§3.2.2).
     */
    public static final DecisionKind LEAVE_NOTICE = DecisionKind.of("discipline.leave-notice");

    private final UnitOfWork<DisciplineStores> work;
    private final PolicyService policies;
    private final DisciplineQueries queries;

    /** Wires the service to the unit of work of its stores and to the policy versions. */
    public DisciplineService(UnitOfWork<DisciplineStores> work, PolicyService policies) {
        this.work = Objects.requireNonNull(work, "work");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.queries = new DisciplineQueries(work);
    }

    /**
     * Records a violation and proposes the penalty the ladder gives (§3.3.3), storing the
     * decisions that explain it. HR, the employee's department manager and the service
     * supervision group may record; nobody records their own.
     */
    public RecordedViolation record(Actor actor, RecordViolation command) {
        Objects.requireNonNull(actor, "actor");
        var now = checked(command);
        return work.run(actor, now, stores -> {
            Refusal.raise(DisciplineAccess.mayRecordAtAll(actor));
            return recording(stores, command);
        }, (facts, stamp) -> Outcome.unless(DisciplineAccess.mayRecord(actor, facts.employee()),
                () -> RecordingRule.record(command, facts, stamp)));
    }

    /**
     * Records a violation found by another capability of the library (an unjustified task
     * refusal, §3.1.1), inside the caller's transaction. The caller has already decided that
     * {@code actor} may establish the fact; the same ladder, decisions and events apply.
     */
    public RecordedViolation recordEstablished(Actor actor, RecordViolation command) {
        Objects.requireNonNull(actor, "actor");
        var now = checked(command);
        return work.run(actor, now, stores -> recording(stores, command),
                (facts, stamp) -> RecordingRule.record(command, facts, stamp));
    }

    private Instant checked(RecordViolation command) {
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        command.requireValid(now);
        return now;
    }

    /** The employee held for the decision, their history, and the policy in force when the violation happened. */
    private DisciplineFacts.Recording recording(DisciplineStores stores, RecordViolation command) {
        var employee = stores.employees().findForDecision(EmployeeId.of(command.employeeId())).orElseThrow(() ->
                Refusal.invalid("employeeId", "no such employee: " + command.employeeId()).toException());
        return new DisciplineFacts.Recording(employee, stores.violations().of(employee.id()),
                stores.penalties().of(employee.id()), stores.leave().of(employee.id()),
                policies.inForceAt(command.occurredAt()));
    }

    /** Issues a proposed penalty (§3.3.3); a demotion lowers the level, a dismissal ends employment. */
    public Penalty issue(Actor actor, PenaltyId id) {
        return work.run(actor, stores -> penaltyCase(stores, id), PenaltyRules::issue);
    }

    /** Withdraws a proposed penalty (HR only, with a reason). The violation stays on record. */
    public Penalty withdraw(Actor actor, PenaltyId id, String reason) {
        requireReason(reason);
        return work.run(actor, stores -> penaltyCase(stores, id),
                (facts, stamp) -> PenaltyRules.withdraw(facts, reason.strip(), stamp));
    }

    /** Appeals an issued penalty: only the employee it applies to, with a reason, within the appeal window. */
    public Penalty appeal(Actor actor, PenaltyId id, String reason) {
        requireReason(reason);
        return work.run(actor, stores -> penaltyCase(stores, id),
                (facts, stamp) -> PenaltyRules.appeal(facts, reason.strip(), stamp));
    }

    /**
     * Decides an appeal (HR, but neither the person the penalty is about nor the one who issued
     * it, §1.3.3). REVOKED restores what the penalty changed and voids its violation.
     */
    public Penalty decideAppeal(Actor actor, PenaltyId id, AppealOutcome outcome, String reason) {
        new Inputs().present(outcome, "outcome").text(reason, "reason").throwIfAny();
        return work.run(actor, stores -> penaltyCase(stores, id),
                (facts, stamp) -> PenaltyRules.decideAppeal(facts, outcome, reason.strip(), stamp));
    }

    /** The penalty, read after its employee is held so that no decision about them interleaves. */
    private DisciplineFacts.PenaltyCase penaltyCase(DisciplineStores stores, PenaltyId id) {
        var employeeId = DisciplineQueries.penalty(stores, id).employee();
        var employee = stores.employees().findForDecision(employeeId)
                .orElseThrow(() -> new NotFoundException("employee", employeeId));
        var penalty = DisciplineQueries.penalty(stores, id);
        var violation = stores.violations().find(penalty.violation()).orElseThrow();
        return new DisciplineFacts.PenaltyCase(penalty, employee, violation, policies.history(),
                stores.employees().history(employeeId));
    }

    /**
     * Requests leave (§3.2.2): the employee, or HR or their manager for them; at least the
     * policy's notice in advance, or an emergency request with a reason.
     */
    public LeaveRequest requestLeave(Actor actor, NewLeaveRequest command) {
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        return work.run(actor, now, stores -> new DisciplineFacts.LeaveRequesting(referenced(stores,
                command.employeeId()), policies.inForceAt(now)), (facts, stamp) -> LeaveRules.request(command, facts,
                stamp));
    }

    /**
     * Approves leave: the employee's department manager or HR, an emergency request HR only;
     * nobody approves their own. What it covers is excused (§3.2.2). An emergency request filed
     * after its leave began records LEAVE_NOT_REQUESTED_IN_ADVANCE; see
     * {@link #approveLeave(Actor, LeaveRequestId, String, String)} to find that the emergency
     * prevented notice.
     */
    public LeaveRequest approveLeave(Actor actor, LeaveRequestId id, String note) {
        return approveLeave(actor, id, note, null);
    }

    /**
     * Approves leave as {@link #approveLeave(Actor, LeaveRequestId, String)}; for an emergency
     * request filed after its leave began, {@code emergencyPreventedNotice} is HR's reason for
     * finding that the emergency prevented notice (§3.2.2), so that no violation is recorded.
     * Without it such a request is recorded as LEAVE_NOT_REQUESTED_IN_ADVANCE; with it, any
     * other request is refused naming the field.
     */
    public LeaveRequest approveLeave(Actor actor, LeaveRequestId id, String note, String emergencyPreventedNotice) {
        new Inputs().optionalText(note, "note").optionalText(emergencyPreventedNotice, "emergencyPreventedNotice")
                .require(emergencyPreventedNotice == null || !emergencyPreventedNotice.isBlank(),
                        "emergencyPreventedNotice", "must not be blank: it is the reason notice was impossible")
                .throwIfAny();
        return decideLeave(actor, id, LeaveStatus.APPROVED, Optional.ofNullable(note).filter(n -> !n.isBlank())
                .map(String::strip), Optional.ofNullable(emergencyPreventedNotice).map(String::strip));
    }

    /** Rejects leave, with a reason; who may is as for {@link #approveLeave}. */
    public LeaveRequest rejectLeave(Actor actor, LeaveRequestId id, String reason) {
        requireReason(reason);
        return decideLeave(actor, id, LeaveStatus.REJECTED, Optional.of(reason.strip()), Optional.empty());
    }

    private LeaveRequest decideLeave(Actor actor, LeaveRequestId id, LeaveStatus outcome, Optional<String> note,
                                     Optional<String> emergencyPreventedNotice) {
        Objects.requireNonNull(actor, "actor");
        return work.run(actor, stores -> {
            var employee = stores.employees().findForDecision(DisciplineQueries.leaveRequest(stores, id).employee()).orElseThrow();
            return new DisciplineFacts.LeaveDeciding(DisciplineQueries.leaveRequest(stores, id), employee,
                    stores.violations().of(employee.id()), stores.penalties().of(employee.id()),
                    stores.leave().of(employee.id()), policies.history(), stores.employees().history(employee.id()));
        }, (facts, stamp) -> LeaveRules.decide(facts, outcome, note, emergencyPreventedNotice, stamp));
    }

    // ---------------------------------------------------------------- reading (see DisciplineQueries)

    /** The violations of {@code employee}, oldest first, if the actor may see them. */
    public List<Violation> violations(Actor actor, EmployeeId employee) {
        return queries.violations(actor, employee);
    }

    /** One violation, if the actor may see its employee's records. */
    public Violation violation(Actor actor, ViolationId id) {
        return queries.violation(actor, id);
    }

    /** The penalties of {@code employee}, oldest first, if the actor may see them. */
    public List<Penalty> penalties(Actor actor, EmployeeId employee) {
        return queries.penalties(actor, employee);
    }

    /** One penalty, if the actor may see its employee's records. */
    public Penalty penalty(Actor actor, PenaltyId id) {
        return queries.penalty(actor, id);
    }

    /** The leave requests of {@code employee}, if the actor may see their records. */
    public List<LeaveRequest> leaveRequests(Actor actor, EmployeeId employee) {
        return queries.leaveRequests(actor, employee);
    }

    /** One leave request, if the actor may see its employee's records. */
    public LeaveRequest leaveRequest(Actor actor, LeaveRequestId id) {
        return queries.leaveRequest(actor, id);
    }

    // ---------------------------------------------------------------- helpers

    private static void requireReason(String reason) {
        new Inputs().text(reason, "reason").throwIfAny();
    }


    private static Employee referenced(DisciplineStores stores, String id) {
        return stores.employees().find(EmployeeId.of(id))
                .orElseThrow(() -> Refusal.invalid("employeeId", "no such employee: " + id).toException());
    }
}
