package org.servicepolicy.discipline;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;

/**
 * §3.2.2: leave is requested in advance and approved; lateness, early leave and absence that
 * approved leave covers do not count, and their penalties are withdrawn or revoked. Pure.
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
     * Approves or rejects a requested leave. Approval voids the lateness, early leave and
     * absences it covers and withdraws or revokes their penalties, each as a decision under the
     * policy in force when the violation happened.
     */
    public static Outcome<DisciplineStores, LeaveRequest> decide(DisciplineFacts.LeaveDeciding facts, LeaveStatus outcome,
                                                                 Optional<String> note, Stamp stamp) {
        var request = facts.request();
        return Outcome.unless(DisciplineAccess.mayDecideLeave(stamp.actor(), request, facts.employee()), () -> {
            if (request.status() != LeaveStatus.REQUESTED) {
                return Outcome.refused(Refusal.transition("leave request", request.id(), request.status(),
                        outcome == LeaveStatus.APPROVED ? "approve" : "reject"));
            }
            var now = stamp.now();
            var decided = request.decided(outcome, stamp.actor().id(), now, note);
            var draft = Outcome.<DisciplineStores>draft();
            var stored = draft.change(Change.of(s -> s.leave().update(decided)));
            if (outcome == LeaveStatus.APPROVED) {
                excuseCoveredViolations(draft, decided, facts, stamp);
            }
            draft.event(new DisciplineEvent.LeaveRequestChanged(request.id(), request.employee(), outcome, now));
            draft.audit(stamp.audit("leave." + (outcome == LeaveStatus.APPROVED ? "approve" : "reject"),
                    "leave-request", request.id().value(), note.orElse("")));
            return draft.answer(s -> s.of(stored));
        });
    }

    private static void excuseCoveredViolations(Outcome.Draft<DisciplineStores> draft, LeaveRequest request,
                                                DisciplineFacts.LeaveDeciding facts, Stamp stamp) {
        var employee = facts.employee();
        var covered = facts.violations().stream()
                .filter(v -> v.type().excusedByLeave() && !v.voided() && request.covers(v.occurredAt()))
                .toList();
        for (var violation : covered) {
            var why = "covered by approved leave " + request.id() + " (§3.2.2)";
            PenaltyRules.voidViolation(draft, violation, stamp, why);
            for (var penalty : facts.penalties().stream().filter(p -> p.violation().equals(violation.id())).toList()) {
                var target = penalty.status() == PenaltyStatus.PROPOSED ? PenaltyStatus.WITHDRAWN
                        : penalty.status().next().contains(PenaltyStatus.REVOKED) ? PenaltyStatus.REVOKED : null;
                if (target == null) {
                    continue;
                }
                if (target == PenaltyStatus.REVOKED) {
                    employee = PenaltyRules.restore(draft, employee, penalty, stamp, "leave " + request.id());
                }
                draft.decision(stamp.decision(DisciplineService.LEAVE_EXCUSE, penalty.employee(), target.name(),
                        List.of(Reason.of("§3.2.2", "discipline.leave.excuses",
                                "%s at %s is covered by leave %s (%s to %s), approved by %s: the %s %s is %s".formatted(
                                        violation.type(), violation.occurredAt(), request.id(), request.startsAt(),
                                        request.endsAt(), stamp.actor().id(), penalty.status(), penalty.step(),
                                        target.name().toLowerCase()),
                                "leaveRequest", request.id(), "violation", violation.id(), "penalty", penalty.id(),
                                "from", penalty.status(), "to", target)),
                        facts.versions().inForceAt(violation.occurredAt()).version(), violation.occurredAt()));
                var moved = penalty.moveTo(target, stamp.now(), stamp.actor().id(), Optional.of(why));
                draft.change(Change.of(s -> s.penalties().update(moved)));
                draft.event(DisciplineEvent.PenaltyStatusChanged.of(moved, stamp.now()));
                draft.audit(stamp.audit("penalty." + target.verb(), "penalty", penalty.id().value(), why));
            }
        }
        if (!employee.equals(facts.employee())) {
            var restored = employee;
            draft.change(Change.of(s -> s.employees().update(restored)));
        }
    }
}
