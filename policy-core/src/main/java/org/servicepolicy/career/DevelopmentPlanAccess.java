package org.servicepolicy.career;

import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Access;

/**
 * Who may do what with development plans (§4.3.1, §1.3.3). Each function answers without reading
 * a store.
 *
 * <p>A superior of the employee (anyone up their reporting line) proposes a plan, never their
 * own; only the employee agrees to it, so that neither party alone makes it the plan. The
 * employee, their superiors and HR read it.
 */
public final class DevelopmentPlanAccess {
    private DevelopmentPlanAccess() {
    }

    /** Proposing a plan to {@code employee}, whose superiors are {@code superiors}: one of them. */
    public static Optional<Refusal> mayPropose(Actor actor, EmployeeId employee, Set<EmployeeId> superiors) {
        return Access.ownCase(actor, employee, "propose a development plan").or(() -> superiors.contains(actor.id())
                ? Optional.empty()
                : Optional.of(Refusal.access("only a superior of the employee proposes their development plan "
                + "(§4.3.1)")));
    }

    /** Agreeing to {@code plan}: its employee, and nobody else. */
    public static Optional<Refusal> mayAgree(Actor actor, DevelopmentPlan plan) {
        return actor.is(plan.employee()) && !actor.is(plan.proposedBy()) ? Optional.empty()
                : Optional.of(Refusal.access("only the employee agrees to their development plan (§4.3.1)"));
    }

    /** Whether {@code actor} may read the plans of {@code employee}, whose superiors are {@code superiors}. */
    public static boolean mayRead(Actor actor, EmployeeId employee, Set<EmployeeId> superiors) {
        return actor.is(employee) || actor.isHr() || superiors.contains(actor.id());
    }
}
