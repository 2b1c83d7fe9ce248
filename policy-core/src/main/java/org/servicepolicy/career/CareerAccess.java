package org.servicepolicy.career;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;

/**
 * Who may ask about and record promotion eligibility (§4.3.2, §1.3.3). Each function answers with
 * the refusal, if any; none reads a store. Eligibility is a personnel record: the employee, their
 * department's manager and HR see it; HR records it and lists a department's eligible employees,
 * never recording their own.
 */
public final class CareerAccess {
    private CareerAccess() {
    }

    /** Whether {@code actor} may see the promotion eligibility of {@code employee}. */
    public static boolean mayView(Actor actor, Employee employee) {
        return Access.canViewPersonnel(actor, employee);
    }

    /** Recording the promotion eligibility of {@code employee} as a decision: HR, never their own. */
    public static Optional<Refusal> mayRecord(Actor actor, EmployeeId employee) {
        return hr(actor, "record promotion eligibility")
                .or(() -> Access.ownCase(actor, employee, "record promotion eligibility"));
    }

    /** Listing the employees of a department who are eligible for promotion: HR only. */
    public static Optional<Refusal> mayListEligible(Actor actor) {
        return hr(actor, "list the employees eligible for promotion");
    }

    private static Optional<Refusal> hr(Actor actor, String what) {
        return actor.isHr() ? Optional.empty() : Optional.of(Refusal.access("only HR may " + what));
    }
}
