package org.servicepolicy.people;

import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Role;

/**
 * Who may see whose records (§1.3.3: applied consistently to everyone): an employee their own,
 * a manager their department's, HR everyone's. The service supervision group (§2.3.1), which
 * checks conduct daily, also sees everyone's conduct records (violations, penalties, leave), but
 * not their grades, rewards or career decisions.
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

    /** Whether {@code actor} may see the grades, rewards and career records of {@code employee}. */
    public static boolean canViewPersonnel(Actor actor, Employee employee) {
        return actor.is(employee.id()) || actor.isHr() || actor.manages(employee.department());
    }

    /** Throws {@link AccessDeniedException} unless {@code actor} may see {@code employee}'s personnel records. */
    public static void requireViewPersonnel(Actor actor, Employee employee, String what) {
        if (!canViewPersonnel(actor, employee)) {
            throw new AccessDeniedException(actor.id() + " may not see the " + what + " of " + employee.id()
                    + ": employees see their own, managers their department's, HR everyone's");
        }
    }

    /** Throws {@link AccessDeniedException} unless {@code actor} is in HR. */
    public static void requireHr(Actor actor, String what) {
        if (!actor.isHr()) {
            throw new AccessDeniedException("only HR may " + what);
        }
    }
}
