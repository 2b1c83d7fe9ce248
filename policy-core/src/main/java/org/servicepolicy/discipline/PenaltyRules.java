package org.servicepolicy.discipline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.PeopleEvent;
import org.servicepolicy.policy.PenaltyStep;

/**
 * §3.3.3, §1.3.3: the lifecycle of a penalty, {@code PROPOSED → ISSUED | WITHDRAWN},
 * {@code ISSUED → APPEALED}, {@code APPEALED → UPHELD | REVOKED}. Issuing a demotion lowers the
 * level and a dismissal ends employment; revoking restores both and voids the violation. Pure.
 */
public final class PenaltyRules {
    private PenaltyRules() {
    }

    /**
     * Issues a proposed penalty. A demotion is checked against the policy in force when its
     * violation happened, the version that proposed it.
     */
    public static Outcome<DisciplineStores, Penalty> issue(DisciplineFacts.PenaltyCase facts, Stamp stamp) {
        var penalty = facts.penalty();
        var employee = facts.employee();
        return Outcome.unless(DisciplineAccess.mayIssue(stamp.actor(), penalty, employee), () -> {
            var now = stamp.now();
            var issued = penalty.moveTo(PenaltyStatus.ISSUED, now, stamp.actor().id(), Optional.empty());
            var draft = Outcome.<DisciplineStores>draft();
            if (penalty.step() == PenaltyStep.DEMOTION) {
                var policy = facts.versions().inForceAt(facts.violation().occurredAt());
                var impossible = PenaltyLadder.demotionImpossible(employee, policy);
                if (impossible.isPresent()) {
                    return Outcome.refused(Refusal.policy("§3.3.3", "discipline.demotion.impossible",
                            "cannot demote " + employee.id() + ": " + impossible.get()
                                    + "; withdraw this proposal and decide another penalty"));
                }
                int to = Math.max(policy.company().lowestLevel(), employee.level() - policy.discipline().demotionLevels());
                draft.change(Change.of(s -> s.employees().update(employee.withLevel(to, now))));
                issued = issued.remembering(Optional.of(employee.level()), Optional.empty());
                draft.event(new PeopleEvent.EmployeeLevelChanged(employee.id(), employee.level(), to,
                        "penalty " + penalty.id(), now));
            } else if (penalty.step() == PenaltyStep.DISMISSAL) {
                draft.change(Change.of(s -> s.employees().update(employee.withStatus(EmploymentStatus.DISMISSED, now))));
                issued = issued.remembering(Optional.empty(), Optional.of(employee.status()));
                draft.event(new PeopleEvent.EmploymentStatusChanged(employee.id(), employee.status(),
                        EmploymentStatus.DISMISSED, "penalty " + penalty.id(), now));
            }
            return moved(draft, issued, stamp, "penalty.issue", penalty.step().name());
        });
    }

    /** Withdraws a proposed penalty, with a reason. The violation stays on record. */
    public static Outcome<DisciplineStores, Penalty> withdraw(DisciplineFacts.PenaltyCase facts, String reason,
                                                              Stamp stamp) {
        var penalty = facts.penalty();
        return Outcome.unless(DisciplineAccess.mayWithdraw(stamp.actor(), penalty, facts.employee()), () ->
                moved(Outcome.draft(), penalty.moveTo(PenaltyStatus.WITHDRAWN, stamp.now(), stamp.actor().id(),
                        Optional.of(reason)), stamp, "penalty.withdraw", reason));
    }

    /**
     * Appeals an issued penalty, with a reason, within the appeal window after issue of the
     * policy in force when it was issued (15 days by default).
     */
    public static Outcome<DisciplineStores, Penalty> appeal(DisciplineFacts.PenaltyCase facts, String reason,
                                                            Stamp stamp) {
        var penalty = facts.penalty();
        return Outcome.unless(DisciplineAccess.mayAppeal(stamp.actor(), penalty, facts.employee()), () -> {
            var appealed = penalty.moveTo(PenaltyStatus.APPEALED, stamp.now(), stamp.actor().id(), Optional.of(reason));
            var issuedAt = penalty.entered(PenaltyStatus.ISSUED).orElseThrow().at();
            var policy = facts.versions().inForceAt(issuedAt);
            var deadline = issuedAt.atZone(policy.company().zone()).plus(policy.discipline().appealWindow()).toInstant();
            if (stamp.now().isAfter(deadline)) {
                return Outcome.refused(Refusal.policy("§3.3.3", "discipline.appeal.window",
                        "the appeal window of %s after issue closed at %s".formatted(policy.discipline().appealWindow(),
                                deadline)));
            }
            return moved(Outcome.draft(), appealed, stamp, "penalty.appeal", reason);
        });
    }

    /**
     * Decides an appeal, with a reason, as a decision under the policy in force when the
     * violation happened. REVOKED restores the level or status the penalty changed and voids
     * its violation.
     */
    public static Outcome<DisciplineStores, Penalty> decideAppeal(DisciplineFacts.PenaltyCase facts,
                                                                  AppealOutcome outcome, String reason, Stamp stamp) {
        var penalty = facts.penalty();
        return Outcome.unless(DisciplineAccess.mayDecideAppeal(stamp.actor(), penalty, facts.employee()), () -> {
            if (penalty.status() != PenaltyStatus.APPEALED) {
                return Outcome.refused(Refusal.transition("penalty", penalty.id(), penalty.status(),
                        "decide the appeal of"));
            }
            var actor = stamp.actor().id();
            var violation = facts.violation();
            var issuer = penalty.entered(PenaltyStatus.ISSUED).map(PenaltyTransition::by);
            var appeal = penalty.entered(PenaltyStatus.APPEALED).orElseThrow();
            var decision = stamp.decision(DisciplineService.APPEAL, penalty.employee(), outcome.name(), List.of(
                    Reason.of("§3.3.3", "discipline.appeal.grounds", "the employee appealed the " + penalty.step()
                            + ": " + appeal.reason().orElse(""), "penalty", penalty.id(), "appealedAt", appeal.at()),
                    Reason.of("§1.3.3", "discipline.appeal.decision", outcome + " by " + actor
                                    + ", who did not issue the penalty: " + reason, "outcome", outcome, "decidedBy", actor,
                            "issuedBy", issuer.map(Object::toString).orElse("none"))),
                    facts.versions().inForceAt(violation.occurredAt()).version(), appeal.at());
            var draft = Outcome.<DisciplineStores>draft().decision(decision);
            var target = outcome == AppealOutcome.UPHELD ? PenaltyStatus.UPHELD : PenaltyStatus.REVOKED;
            var decided = penalty.moveTo(target, stamp.now(), actor, Optional.of(reason));
            if (target == PenaltyStatus.REVOKED) {
                var restored = restore(draft, facts.employee(), penalty, facts.record(), stamp,
                        "appeal decision " + decision.id());
                if (!restored.equals(facts.employee())) {
                    draft.change(Change.of(s -> s.employees().update(restored)));
                }
                voidViolation(draft, violation, stamp, "penalty " + penalty.id() + " revoked on appeal (decision "
                        + decision.id() + ")");
            }
            return moved(draft, decided, stamp, "penalty.decide-appeal", outcome + ": " + reason);
        });
    }

    /**
     * {@code employee} with the level or status {@code penalty} changed put back, announcing each
     * change; the caller stores the result once, however many penalties it restores. A demotion
     * is undone as if it had never happened (§1.3.3, §4.3.2): the level comes back with the time
     * already served at it, read from the version of the record the demotion replaced. When HR
     * has changed the level since the demotion, that later decision stands and the level is
     * left as it is.
     *
     * @param record every version of the employee's record, oldest first
     */
    static Employee restore(Outcome.Draft<DisciplineStores> draft, Employee employee, Penalty penalty,
                            List<Employee> record, Stamp stamp, String cause) {
        var restored = employee;
        var issued = penalty.entered(PenaltyStatus.ISSUED).map(PenaltyTransition::at);
        if (penalty.levelBefore().isPresent() && issued.isPresent()) {
            var demotedTo = versionAt(record, issued.get(), true).map(Employee::level);
            if (demotedTo.isEmpty() || demotedTo.get() == employee.level()) {
                var heldSince = versionAt(record, issued.get(), false).map(Employee::levelSince)
                        .orElse(employee.levelSince());
                restored = restored.restoredTo(penalty.levelBefore().get(), heldSince, stamp.now());
                draft.event(new PeopleEvent.EmployeeLevelChanged(employee.id(), employee.level(),
                        restored.level(), cause, stamp.now()));
            }
        }
        if (penalty.statusBefore().isPresent()) {
            restored = restored.withStatus(penalty.statusBefore().get(), stamp.now());
            draft.event(new PeopleEvent.EmploymentStatusChanged(employee.id(), employee.status(),
                    restored.status(), cause, stamp.now()));
        }
        return restored;
    }

    /**
     * The version of {@code record} in force at {@code at} ({@code including} it), or the last
     * one before it.
     */
    private static Optional<Employee> versionAt(List<Employee> record, Instant at, boolean including) {
        return record.stream().filter(v -> including ? !v.effectiveFrom().isAfter(at) : v.effectiveFrom().isBefore(at))
                .reduce((earlier, later) -> later);
    }

    /** Voids {@code violation} (it stops counting), unless it already is. */
    static void voidViolation(Outcome.Draft<DisciplineStores> draft, Violation violation, Stamp stamp, String why) {
        if (violation.voided()) {
            return;
        }
        var voided = violation.voided(new Voiding(stamp.now(), stamp.actor().id(), why));
        draft.change(Change.of(s -> s.violations().update(voided)));
        draft.event(new DisciplineEvent.ViolationVoided(violation.id(), violation.employee(), why, stamp.now()));
        draft.audit(stamp.audit("violation.void", "violation", violation.id().value(), why));
    }

    /** Stores {@code penalty} in its new status, announcing and auditing it. */
    static Outcome<DisciplineStores, Penalty> moved(Outcome.Draft<DisciplineStores> draft, Penalty penalty, Stamp stamp,
                                                    String action, String detail) {
        var stored = draft.change(Change.of(s -> s.penalties().update(penalty)));
        draft.event(DisciplineEvent.PenaltyStatusChanged.of(penalty, stamp.now()));
        draft.audit(stamp.audit(action, "penalty", penalty.id().value(), detail));
        return draft.answer(s -> s.of(stored));
    }
}
