package org.servicepolicy.training.sponsorship;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;

/**
 * Who may do what with sponsorships (§4.1.2, §1.3.3). Each function answers without reading a
 * store.
 *
 * <p>An employed employee asks for their own sponsorship; HR decides requests and what a leaver
 * owes back, never their own. A sponsorship is a personnel record: the employee, their
 * department's manager and HR read it.
 */
public final class SponsorshipAccess {
    private SponsorshipAccess() {
    }

    /** Asking for sponsorship: an employed employee, for themself. */
    public static Optional<Refusal> mayRequest(Actor actor, Employee requester) {
        return actor.is(requester.id()) && requester.status().employed() ? Optional.empty()
                : Optional.of(Refusal.access("an employed employee asks for the sponsorship of their own training "
                + "(§4.1.2)"));
    }

    /** Approving or rejecting {@code sponsorship}: HR, never their own. */
    public static Optional<Refusal> mayDecide(Actor actor, Sponsorship sponsorship) {
        return Access.ownCase(actor, sponsorship.employee(), "decide a request for sponsorship")
                .or(() -> Access.hr(actor, "decide requests for sponsorship"));
    }

    /** Deciding what {@code leaver} owes back for their sponsorships: HR, never their own. */
    public static Optional<Refusal> mayDecideRepayment(Actor actor, EmployeeId leaver) {
        return Access.ownCase(actor, leaver, "decide a repayment of sponsorship")
                .or(() -> Access.hr(actor, "decide repayments of sponsorship"));
    }

    /** Whether {@code actor} may read the sponsorships of {@code employee}: they, their department's manager, HR. */
    public static boolean mayRead(Actor actor, Employee employee) {
        return Access.canViewPersonnel(actor, employee);
    }

    /** Listing the requests waiting for a decision: HR only. */
    public static Optional<Refusal> mayListRequested(Actor actor) {
        return Access.hr(actor, "list the requests for sponsorship");
    }
}
