package org.servicepolicy.career;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;

/**
 * Who may do what with internal selections (§4.3.2, §1.3.3). Each function answers without reading
 * a store.
 *
 * <p>HR opens and decides selections, never one they applied to: the decision is about every
 * applicant. An employed employee applies for themself. Every staff member reads a selection, as
 * the competition is open; only HR sees every application, anyone else only their own.
 */
public final class SelectionAccess {
    private SelectionAccess() {
    }

    /** Opening a selection: HR only. */
    public static Optional<Refusal> mayOpen(Actor actor) {
        return Access.hr(actor, "open an internal selection");
    }

    /** Applying to a selection: an employed employee, for themself. */
    public static Optional<Refusal> mayApply(Actor actor, Employee applicant) {
        return actor.is(applicant.id()) && applicant.status().employed() ? Optional.empty()
                : Optional.of(Refusal.access("an employed employee applies to an internal selection for themself "
                + "(§4.3.2)"));
    }

    /** Deciding {@code selection}: HR, never one they applied to. */
    public static Optional<Refusal> mayDecide(Actor actor, Selection selection) {
        return selection.applicationOf(actor.id()).isPresent()
                ? Optional.of(Refusal.access("nobody may decide an internal selection they applied to (§1.3.3); "
                + "another authorised person must"))
                : Access.hr(actor, "decide an internal selection");
    }

    /** Whether {@code actor} sees every application of a selection: HR. */
    public static boolean maySeeApplications(Actor actor) {
        return actor.isHr();
    }

    /** {@code selection} as {@code actor} may see it: every application for HR, else only their own. */
    public static Selection shown(Actor actor, Selection selection) {
        return maySeeApplications(actor) ? selection : selection.showing(selection.applicationOf(actor.id())
                .stream().toList());
    }
}
