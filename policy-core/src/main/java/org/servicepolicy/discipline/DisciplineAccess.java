package org.servicepolicy.discipline;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PenaltyStep;

/**
 * Who may act in work discipline (§3.2, §3.3.3, §1.3.3). Each function answers with the refusal,
 * if any; none reads a store. A record the actor may not see is answered as a missing one
 * ({@link Access}), and nobody acts in their own case, whatever their roles.
 */
public final class DisciplineAccess {
    private DisciplineAccess() {
    }

    /**
     * Recording a violation of {@code employee}: HR, the service supervision group (§2.3.1) and
     * the employee's department manager; nobody records their own.
     */
    public static Optional<Refusal> mayRecord(Actor actor, Employee employee) {
        var atAll = mayRecordAtAll(actor);
        if (atAll.isPresent()) {
            return atAll;
        }
        if (!Access.canView(actor, employee)) {
            return Optional.of(Refusal.invalid("employeeId", "no such employee: " + employee.id()));
        }
        return Access.ownCase(actor, employee.id(), "record a violation").or(() ->
                actor.isHr() || actor.has(Role.SUPERVISION_GROUP) || actor.manages(employee.department())
                        ? Optional.empty()
                        : Optional.of(Refusal.access("violations of " + employee.id()
                                + " are recorded by HR, their department manager or the service supervision group")));
    }

    /**
     * Whether {@code actor} holds a role that records violations at all: asked before anything is
     * looked up, so that the refusal says nothing about who exists.
     */
    public static Optional<Refusal> mayRecordAtAll(Actor actor) {
        return actor.isHr() || actor.has(Role.SUPERVISION_GROUP) || actor.has(Role.MANAGER) ? Optional.empty()
                : Optional.of(Refusal.access(
                        "violations are recorded by HR, a department manager or the service supervision group"));
    }

    /**
     * Issuing {@code penalty} (§3.3.3): a warning or fine by HR or the employee's department
     * manager, a demotion or dismissal by HR only; nobody issues their own.
     */
    public static Optional<Refusal> mayIssue(Actor actor, Penalty penalty, Employee employee) {
        boolean heavy = penalty.step() == PenaltyStep.DEMOTION || penalty.step() == PenaltyStep.DISMISSAL;
        return visible(actor, penalty, employee)
                .or(() -> Access.ownCase(actor, employee.id(), "issue a penalty"))
                .or(() -> (heavy ? actor.isHr() : actor.isHr() || actor.manages(employee.department()))
                        ? Optional.empty()
                        : Optional.of(Refusal.access(heavy ? "only HR issues a " + penalty.step()
                                : "a " + penalty.step() + " is issued by HR or the employee's department manager")));
    }

    /** Withdrawing a proposed penalty: HR, never about themself. */
    public static Optional<Refusal> mayWithdraw(Actor actor, Penalty penalty, Employee employee) {
        return visible(actor, penalty, employee)
                .or(() -> Access.ownCase(actor, employee.id(), "withdraw a penalty"))
                .or(() -> hr(actor, "withdraw a proposed penalty"));
    }

    /** Appealing a penalty (§3.3.3): only the employee it applies to. */
    public static Optional<Refusal> mayAppeal(Actor actor, Penalty penalty, Employee employee) {
        return visible(actor, penalty, employee).or(() -> actor.is(penalty.employee()) ? Optional.empty()
                : Optional.of(Refusal.access("only " + penalty.employee() + " may appeal their penalty")));
    }

    /**
     * Deciding an appeal (§1.3.3): HR, neither the person the penalty is about nor the one who
     * issued it.
     */
    public static Optional<Refusal> mayDecideAppeal(Actor actor, Penalty penalty, Employee employee) {
        var issuer = penalty.entered(PenaltyStatus.ISSUED).map(PenaltyTransition::by);
        return visible(actor, penalty, employee)
                .or(() -> Access.ownCase(actor, employee.id(), "decide the appeal of a penalty"))
                .or(() -> hr(actor, "decide an appeal"))
                .or(() -> issuer.filter(actor::is).isPresent()
                        ? Optional.of(Refusal.access("the person who issued penalty " + penalty.id()
                                + " may not decide its appeal (§1.3.3); another HR member decides"))
                        : Optional.empty());
    }

    /** Requesting leave for {@code employee} (§3.2.2): the employee, their department manager or HR. */
    public static Optional<Refusal> mayRequestLeave(Actor actor, Employee employee) {
        if (!Access.canView(actor, employee)) {
            return Optional.of(Refusal.invalid("employeeId", "no such employee: " + employee.id()));
        }
        return actor.is(employee.id()) || actor.isHr() || actor.manages(employee.department()) ? Optional.empty()
                : Optional.of(Refusal.access("leave of " + employee.id()
                        + " is requested by the employee, their department manager or HR"));
    }

    /**
     * Approving or rejecting leave (§3.2.2): the employee's department manager or HR, an
     * emergency request HR only; nobody decides their own.
     */
    public static Optional<Refusal> mayDecideLeave(Actor actor, LeaveRequest request, Employee employee) {
        if (!Access.canView(actor, employee)) {
            return Optional.of(Refusal.missing("leave request", request.id()));
        }
        return Access.ownCase(actor, employee.id(), "approve or reject leave").or(() ->
                (request.emergency() ? actor.isHr() : actor.isHr() || actor.manages(employee.department()))
                        ? Optional.empty()
                        : Optional.of(Refusal.access(request.emergency()
                                ? "an emergency leave request is decided by HR (§3.2.2)"
                                : "leave is decided by the employee's department manager or HR (§3.2.2)")));
    }

    private static Optional<Refusal> visible(Actor actor, Penalty penalty, Employee employee) {
        return Access.canView(actor, employee) ? Optional.empty()
                : Optional.of(Refusal.missing("penalty", penalty.id()));
    }

    private static Optional<Refusal> hr(Actor actor, String what) {
        return actor.isHr() ? Optional.empty() : Optional.of(Refusal.access("only HR may " + what));
    }
}
