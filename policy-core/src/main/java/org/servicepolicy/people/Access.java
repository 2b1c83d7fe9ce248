package org.servicepolicy.people;

import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Role;

/**
 * Who may see whose records (§1.3.3: applied consistently to everyone): an employee their own,
 * a manager their department's, HR and the service supervision group (§2.3.1) everyone's.
 */
public final class Access {
    private Access() {
    }

    /** Whether {@code actor} may see the records of {@code employee}. */
    public static boolean canView(Actor actor, Employee employee) {
        return actor.is(employee.id()) || actor.isHr() || actor.has(Role.SUPERVISION_GROUP)
                || actor.manages(employee.department());
    }

    /** Throws {@link AccessDeniedException} unless {@code actor} may see {@code employee}'s records. */
    public static void requireView(Actor actor, Employee employee) {
        if (!canView(actor, employee)) {
            throw new AccessDeniedException(actor.id() + " may not see the records of " + employee.id()
                    + ": staff see their own, managers their department's, HR everyone's");
        }
    }

    /** Throws {@link AccessDeniedException} unless {@code actor} is in HR. */
    public static void requireHr(Actor actor, String what) {
        if (!actor.isHr()) {
            throw new AccessDeniedException("only HR may " + what);
        }
    }
}
