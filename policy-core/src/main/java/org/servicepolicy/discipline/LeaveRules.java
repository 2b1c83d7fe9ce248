package org.servicepolicy.discipline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.ViolationType;

/**
 * §3.2.2: leave is requested in advance and approved; the part of lateness, early leave and
 * absence that approved leave covers does not count, and their penalties are withdrawn or
 * revoked; an emergency request filed after the fact is a decision about notice. Pure.
 */
public final class LeaveRules {
    private LeaveRules() {
    }

    /**
     * Requests leave. An ordinary request comes at least the notice of the policy in force now
     * before the leave starts (24 hours by default); an emergency request may come later, even
     * after the fact, with a reason, for HR to decide.
     */
    public static Outcome<DisciplineStores, LeaveRequest> request(NewLeaveRequest command,
                                                                  DisciplineFacts.LeaveRequesting facts, Stamp stamp) {
        var employee = facts.employee();
        return Outcome.unless(DisciplineAccess.mayRequestLeave(stamp.actor(), employee), () -> {
            var now = stamp.now();
            boolean emergency = Boolean.TRUE.equals(command.emergency());
            var notice = facts.policy().discipline().leaveNotice();
            if (!emergency && command.startsAt().isBefore(now.plus(notice))) {
                return Outcome.refused(Refusal.policy("§3.2.2", "discipline.leave.notice",
                        "leave must be requested at least %s in advance (it starts %s, now is %s); an emergency request with a reason can be approved by HR"
                                .formatted(notice, command.startsAt(), now), "startsAt"));
            }
            var request = new LeaveRequest(LeaveRequestId.of(stamp.nextId()), employee.id(), command.startsAt(),
                    command.endsAt(), command.reason() == null ? "" : command.reason().strip(), emergency, now,
                    stamp.actor().id(), LeaveStatus.REQUESTED, Optional.empty(), Optional.empty(), Optional.empty(), 0);
            var draft = Outcome.<DisciplineStores>draft();
            var added = draft.change(Change.of(s -> s.leave().add(request)));
            draft.event(new DisciplineEvent.LeaveRequestChanged(request.id(), employee.id(), request.status(), now));
            draft.audit(stamp.audit("leave.request", "leave-request", request.id().value(),
                    (emergency ? "emergency " : "") + request.startsAt() + " to " + request.endsAt()));
            return draft.answer(stored -> stored.of(added));
        });
    }

    /**
     * Approves or rejects a requested leave. Approval voids what of lateness, early leave and
     * absences it covers ({@link LeaveCoverage}), withdraws or revokes their penalties and records
     * anew the part left uncovered, each as a decision under the policy in force when the
     * violation happened. Approving an emergency request filed after its leave began is a
     * decision about notice (§3.2.2): with {@code emergencyPreventedNotice} HR states why the
     * emergency prevented notice; without it a LEAVE_NOT_REQUESTED_IN_ADVANCE violation is
     * recorded at the leave's start and goes through the ladder.
     */
    public static Outcome<DisciplineStores, LeaveRequest> decide(DisciplineFacts.LeaveDeciding facts, LeaveStatus outcome,
                                                                 Optional<String> note,
                                                                 Optional<String> emergencyPreventedNotice, Stamp stamp) {
        var request = facts.request();
        return Outcome.unless(DisciplineAccess.mayDecideLeave(stamp.actor(), request, facts.employee()), () -> {
            if (request.status() != LeaveStatus.REQUESTED) {
                return Outcome.refused(Refusal.transition("leave request", request.id(), request.status(),
                        outcome == LeaveStatus.APPROVED ? "approve" : "reject"));
            }
            if (emergencyPreventedNotice.isPresent() && (outcome != LeaveStatus.APPROVED || !afterTheFact(request))) {
                return Outcome.refused(Refusal.invalid("emergencyPreventedNotice",
                        "applies only to approving an emergency request filed after its leave began (requested %s, starts %s)"
                                .formatted(request.requestedAt(), request.startsAt())));
            }
            var now = stamp.now();
            var decided = request.decided(outcome, stamp.actor().id(), now, note);
            var draft = Outcome.<DisciplineStores>draft();
            var stored = draft.change(Change.of(s -> s.leave().update(decided)));
            if (outcome == LeaveStatus.APPROVED) {
                var ledger = new Ledger(facts);
                excuseCoveredViolations(draft, decided, facts, stamp, ledger);
                if (afterTheFact(request)) {
                    var refusal = notice(draft, decided, facts, emergencyPreventedNotice, stamp, ledger);
                    if (refusal.isPresent()) {
                        return Outcome.refused(refusal.get());
                    }
                }
                if (!ledger.employee.equals(facts.employee())) {
                    var restored = ledger.employee;
                    draft.change(Change.of(s -> s.employees().update(restored)));
                }
            }
            draft.event(new DisciplineEvent.LeaveRequestChanged(request.id(), request.employee(), outcome, now));
            draft.audit(stamp.audit("leave." + (outcome == LeaveStatus.APPROVED ? "approve" : "reject"),
                    "leave-request", request.id().value(), note.orElse("")));
            return draft.answer(s -> s.of(stored));
        });
    }

    /** Whether {@code request} is an emergency request filed after its leave began. */
    public static boolean afterTheFact(LeaveRequest request) {
        return request.emergency() && request.requestedAt().isAfter(request.startsAt());
    }

    /**
     * What the decision has changed so far about the employee: their level or status put back,
     * their violations voided or added. Later steps of the same approval read it, so that a
     * violation recorded anew is judged against what the approval already excused.
     */
    private static final class Ledger {
        private Employee employee;
        private final List<Violation> violations;
        private final List<Penalty> penalties;

        private Ledger(DisciplineFacts.LeaveDeciding facts) {
            this.employee = facts.employee();
            this.violations = new ArrayList<>(facts.violations());
            this.penalties = new ArrayList<>(facts.penalties());
        }

        private void replace(Violation before, Violation after) {
            violations.replaceAll(v -> v.id().equals(before.id()) ? after : v);
        }

        private void replace(Penalty after) {
            penalties.replaceAll(p -> p.id().equals(after.id()) ? after : p);
        }
    }

    private static void excuseCoveredViolations(Outcome.Draft<DisciplineStores> draft, LeaveRequest request,
                                                DisciplineFacts.LeaveDeciding facts, Stamp stamp, Ledger ledger) {
        var approved = new ArrayList<LeaveRequest>(facts.leave().stream()
                .filter(l -> l.status() == LeaveStatus.APPROVED && !l.id().equals(request.id())).toList());
        approved.add(request);
        for (var violation : facts.violations()) {
            if (!violation.type().excusedByLeave() || violation.voided()) {
                continue;
            }
            var policy = facts.versions().inForceAt(violation.occurredAt());
            var coverage = LeaveCoverage.of(violation, approved, policy.discipline(), policy.company().zone());
            // Leave approved earlier has already excused whatever this request does not add to.
            if (coverage.none() || !coverage.leave().contains(request.id())) {
                continue;
            }
            var covered = coverage.describe(violation.type());
            var why = coverage.whole() ? "covered by approved leave " + request.id() + " (§3.2.2)"
                    : covered + " covered by approved leave " + request.id() + " (§3.2.2); the rest is recorded anew";
            PenaltyRules.voidViolation(draft, violation, stamp, why);
            ledger.replace(violation, violation.voided(new Voiding(stamp.now(), stamp.actor().id(), why)));
            for (var penalty : facts.penalties().stream().filter(p -> p.violation().equals(violation.id())).toList()) {
                excusePenalty(draft, request, violation, covered, penalty, facts, stamp, ledger, why);
            }
            if (!coverage.whole()) {
                recordUncovered(draft, request, violation, coverage, facts, stamp, ledger);
            }
        }
    }

    private static void excusePenalty(Outcome.Draft<DisciplineStores> draft, LeaveRequest request, Violation violation,
                                      String covered, Penalty penalty, DisciplineFacts.LeaveDeciding facts,
                                      Stamp stamp, Ledger ledger, String why) {
        var target = penalty.status() == PenaltyStatus.PROPOSED ? PenaltyStatus.WITHDRAWN
                : penalty.status().next().contains(PenaltyStatus.REVOKED) ? PenaltyStatus.REVOKED : null;
        if (target == null) {
            return;
        }
        if (target == PenaltyStatus.REVOKED) {
            ledger.employee = PenaltyRules.restore(draft, ledger.employee, penalty, facts.record(), stamp,
                    "leave " + request.id());
        }
        draft.decision(stamp.decision(DisciplineService.LEAVE_EXCUSE, penalty.employee(), target.name(),
                List.of(Reason.of("§3.2.2", "discipline.leave.excuses",
                        "%s of %s at %s is covered by leave %s (%s to %s), approved by %s: the %s %s is %s".formatted(
                                covered, violation.type(), violation.occurredAt(), request.id(), request.startsAt(),
                                request.endsAt(), stamp.actor().id(), penalty.status(), penalty.step(),
                                target.name().toLowerCase()),
                        "leaveRequest", request.id(), "violation", violation.id(), "penalty", penalty.id(),
                        "from", penalty.status(), "to", target)),
                facts.versions().inForceAt(violation.occurredAt()).version(), violation.occurredAt()));
        var moved = penalty.moveTo(target, stamp.now(), stamp.actor().id(), Optional.of(why));
        ledger.replace(moved);
        draft.change(Change.of(s -> s.penalties().update(moved)));
        draft.event(DisciplineEvent.PenaltyStatusChanged.of(moved, stamp.now()));
        draft.audit(stamp.audit("penalty." + target.verb(), "penalty", penalty.id().value(), why));
    }

    /**
     * Records anew, as violations that replace {@code violation}, the parts of it that leave
     * left uncovered: each with the severity its own minutes or days earn, through the ladder as
     * of when that part began, under the policy in force then.
     */
    private static void recordUncovered(Outcome.Draft<DisciplineStores> draft, LeaveRequest request,
                                        Violation violation, LeaveCoverage coverage,
                                        DisciplineFacts.LeaveDeciding facts, Stamp stamp, Ledger ledger) {
        boolean days = violation.type().measure() == ViolationType.Measure.DAYS;
        var replacements = new ArrayList<ViolationId>();
        for (var part : coverage.uncovered()) {
            var policy = facts.versions().inForceAt(part.from());
            var minutes = days ? Optional.<Integer>empty() : Optional.of(part.count());
            var dayCount = days ? Optional.of(part.count()) : Optional.<Integer>empty();
            var severity = SeverityRule.severityOf(new ViolationFacts(violation.type(), minutes, dayCount,
                    Optional.empty(), false, Optional.empty()), policy.discipline());
            var replacement = new Violation(ViolationId.of(stamp.nextId()), violation.employee(), violation.type(),
                    severity.outcome(), part.from(), stamp.now(), stamp.actor().id(), violation.description(), minutes,
                    dayCount, Optional.empty(), false, Optional.empty(), policy.version(), Optional.empty(),
                    Optional.of(violation.id()), 0);
            var why = new ArrayList<>(severity.reasons());
            why.add(Reason.of("§3.2.2", "discipline.leave.uncovered",
                    "replaces %s (%s of %d %s from %s): leave %s covers %s, so the %d %s from %s still count".formatted(
                            violation.id(), violation.type(), coverage.units(), days ? "day(s)" : "minute(s)",
                            violation.occurredAt(), request.id(), coverage.describe(violation.type()), part.count(),
                            days ? "day(s)" : "minute(s)", part.from()),
                    "replaces", violation.id(), "leaveRequest", request.id(), "from", part.from(),
                    "count", part.count()));
            RecordingRule.propose(draft, replacement, why, ledger.violations, ledger.penalties, ledger.employee, policy,
                    stamp);
            ledger.violations.add(replacement);
            replacements.add(replacement.id());
        }
        draft.decision(stamp.decision(DisciplineService.LEAVE_EXCUSE, violation.employee(), "PARTLY_EXCUSED",
                List.of(Reason.of("§3.2.2", "discipline.leave.partial",
                        "leave %s (%s to %s), approved by %s, covers %s of %s at %s: it is voided and the rest recorded as %s"
                                .formatted(request.id(), request.startsAt(), request.endsAt(), stamp.actor().id(),
                                        coverage.describe(violation.type()), violation.type(), violation.occurredAt(),
                                        replacements),
                        "leaveRequest", request.id(), "violation", violation.id(), "excused", coverage.excused(),
                        "of", coverage.units(), "replacements", replacements)),
                facts.versions().inForceAt(violation.occurredAt()).version(), violation.occurredAt()));
    }

    /**
     * §3.2.2 "leave must be requested in advance": approving an emergency request filed after its
     * leave began decides whether the emergency prevented notice. HR says so with a reason, or
     * the late request is recorded as a LEAVE_NOT_REQUESTED_IN_ADVANCE violation at the leave's
     * start. Either way a decision under the policy in force when the leave began.
     */
    private static Optional<Refusal> notice(Outcome.Draft<DisciplineStores> draft, LeaveRequest request,
                                            DisciplineFacts.LeaveDeciding facts, Optional<String> prevented,
                                            Stamp stamp, Ledger ledger) {
        var policy = facts.versions().inForceAt(request.startsAt());
        var late = "emergency leave %s (%s to %s) was requested at %s, after it began".formatted(request.id(),
                request.startsAt(), request.endsAt(), request.requestedAt());
        if (prevented.isPresent()) {
            draft.decision(stamp.decision(DisciplineService.LEAVE_NOTICE, request.employee(), "NOTICE_PREVENTED",
                    List.of(Reason.of("§3.2.2", "discipline.leave.advance",
                            "%s; %s finds that the emergency prevented notice: %s".formatted(late, stamp.actor().id(),
                                    prevented.get()),
                            "leaveRequest", request.id(), "requestedAt", request.requestedAt(),
                            "startsAt", request.startsAt(), "decidedBy", stamp.actor().id())),
                    policy.version(), request.startsAt()));
            return Optional.empty();
        }
        var employee = ledger.employee;
        if (!employee.status().employed()) {
            return Optional.of(Refusal.policy("§1.2", "discipline.employed", "employee " + employee.id() + " is "
                    + employee.status() + ": a late emergency request can be approved only with emergencyPreventedNotice",
                    "emergencyPreventedNotice"));
        }
        var type = ViolationType.LEAVE_NOT_REQUESTED_IN_ADVANCE;
        var severity = SeverityRule.severityOf(new ViolationFacts(type, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty()), policy.discipline());
        var violation = new Violation(ViolationId.of(stamp.nextId()), employee.id(), type, severity.outcome(),
                request.startsAt(), stamp.now(), stamp.actor().id(), late, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), policy.version(), Optional.empty(), Optional.empty(), 0);
        var finding = Reason.of("§3.2.2", "discipline.leave.advance",
                "%s; leave must be requested in advance, and %s did not find that the emergency prevented notice"
                        .formatted(late, stamp.actor().id()),
                "leaveRequest", request.id(), "requestedAt", request.requestedAt(), "startsAt", request.startsAt(),
                "violation", violation.id());
        var why = new ArrayList<>(severity.reasons());
        why.add(finding);
        RecordingRule.propose(draft, violation, why, ledger.violations, ledger.penalties, employee, policy, stamp);
        ledger.violations.add(violation);
        draft.decision(stamp.decision(DisciplineService.LEAVE_NOTICE, request.employee(), type.name(),
                List.of(finding), policy.version(), request.startsAt()));
        return Optional.empty();
    }
}
