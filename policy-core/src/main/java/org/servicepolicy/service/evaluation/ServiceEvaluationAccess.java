package org.servicepolicy.service.evaluation;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;

/**
 * Who may do what in the periodic service evaluation (§2.3.3, §1.3.3). Each function answers
 * without reading a store. Only HR opens and finalises periods, and never one that evaluates
 * themself; the employee's superior and the service supervision group score, never themself;
 * HR and the group enter customer scores, never about themself; HR and the group read every
 * result, a manager their department's, an employee their own, and an employee never learns
 * who scored them (only in which role).
 */
public final class ServiceEvaluationAccess {
    private ServiceEvaluationAccess() {
    }

    /** Opening a period: HR only (§2.3.3). */
    public static Optional<Refusal> mayOpen(Actor actor) {
        return Access.hr(actor, "open a service evaluation period");
    }

    /** Finalising a period: HR only (§2.3.3). */
    public static Optional<Refusal> mayFinalise(Actor actor) {
        return Access.hr(actor, "finalise a service evaluation period");
    }

    /** Finalising a period that evaluates {@code employee}: never by that employee (§1.3.3). */
    public static Optional<Refusal> mayFinaliseFor(Actor actor, Employee employee) {
        return Access.ownCase(actor, employee.id(), "finalise a service evaluation period that evaluates them");
    }

    /**
     * The role in which {@code actor} scores {@code employee}: their direct supervisor or their
     * department's manager scores as the superior; otherwise a member of the service
     * supervision group as the group. Nobody scores themself (§1.3.3).
     */
    public static Optional<ScorerRole> roleOf(Actor actor, Employee employee) {
        if (actor.is(employee.id())) {
            return Optional.empty();
        }
        if (employee.supervisor().filter(actor::is).isPresent() || actor.manages(employee.department())) {
            return Optional.of(ScorerRole.SUPERIOR);
        }
        return actor.has(Role.SUPERVISION_GROUP) ? Optional.of(ScorerRole.SUPERVISION_GROUP) : Optional.empty();
    }

    /** Scoring {@code employee}: their superior or the supervision group, never themself (§2.3.3, §1.3.3). */
    public static Optional<Refusal> mayScore(Actor actor, Employee employee) {
        return Access.ownCase(actor, employee.id(), "score a service evaluation").or(() ->
                roleOf(actor, employee).isPresent() ? Optional.empty()
                        : Optional.of(Refusal.access("only the employee's superior or the service supervision group "
                        + "scores a service evaluation (§2.3.3)")));
    }

    /** Entering a customer's score: HR or the service supervision group, never about themself. */
    public static Optional<Refusal> mayRecordCustomerScore(Actor actor, Employee employee) {
        return Access.ownCase(actor, employee.id(), "record a customer score").or(() ->
                actor.isHr() || actor.has(Role.SUPERVISION_GROUP) ? Optional.empty()
                        : Optional.of(Refusal.access("only HR or the service supervision group records customer "
                        + "scores (§2.3.3)")));
    }

    /** Whether {@code actor} may read the service evaluations of {@code employee}. */
    public static boolean mayRead(Actor actor, Employee employee) {
        return Access.canView(actor, employee);
    }

    /** Whether {@code actor} may read every period's internal scores and results: HR and the group. */
    public static boolean overseesAll(Actor actor) {
        return actor.isHr() || actor.has(Role.SUPERVISION_GROUP);
    }

    /** Whether {@code actor} may learn who gave an internal score about {@code employee}: never the employee. */
    public static boolean mayKnowScorer(Actor actor, Employee employee) {
        return !actor.is(employee.id()) && Access.canView(actor, employee);
    }
}
