package org.servicepolicy.people;

import java.util.Optional;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;

/**
 * Who may see whose records, and the one rule that nobody decides their own case (§1.3.3:
 * applied consistently to everyone, favouring no one).
 *
 * <p>An employee sees their own records, a manager their department's, HR everyone's. The
 * service supervision group (§2.3.1), which checks conduct daily, also sees everyone's conduct
 * records (violations, penalties, leave), but not their grades, rewards or career decisions.
 *
 * <p>A record the actor may not see is answered exactly as a record that does not exist
 * ({@link NotFoundException}, naming only what the actor asked for), so that nobody learns
 * from a refusal which employees or records exist.
 */
public final class Access {
    private Access() {
    }

    /** Whether {@code actor} may see the records of {@code employee}. */
    public static boolean canView(Actor actor, Employee employee) {
        return actor.is(employee.id()) || actor.isHr() || actor.has(Role.SUPERVISION_GROUP)
                || actor.manages(employee.department());
    }

    /**
     * Throws the {@link NotFoundException} of {@code employee} unless {@code actor} may see their
     * records: to the actor, a person whose records they may not see does not exist.
     */
    public static void requireView(Actor actor, Employee employee) {
        requireView(actor, employee, "employee", employee.id());
    }

    /**
     * Throws the {@link NotFoundException} of the record {@code kind} {@code id} (one of
     * {@code employee}'s records) unless {@code actor} may see {@code employee}'s records.
     */
    public static void requireView(Actor actor, Employee employee, String kind, Object id) {
        if (!canView(actor, employee)) {
            throw new NotFoundException(kind, id);
        }
    }

    /** Whether {@code actor} may see the grades, rewards and career records of {@code employee}. */
    public static boolean canViewPersonnel(Actor actor, Employee employee) {
        return actor.is(employee.id()) || actor.isHr() || actor.manages(employee.department());
    }

    /**
     * Throws the {@link NotFoundException} of the record {@code kind} {@code id} (one of
     * {@code employee}'s personnel records: grades, rewards, career) unless {@code actor} may see
     * them.
     */
    public static void requireViewPersonnel(Actor actor, Employee employee, String kind, Object id) {
        if (!canViewPersonnel(actor, employee)) {
            throw new NotFoundException(kind, id);
        }
    }

    /** Throws {@link AccessDeniedException} unless {@code actor} is in HR. */
    public static void requireHr(Actor actor, String what) {
        if (!actor.isHr()) {
            throw new AccessDeniedException("only HR may " + what);
        }
    }

    /**
     * Nobody decides their own case (§1.3.3): throws {@link AccessDeniedException} when
     * {@code actor} is {@code subject}, the person the act is about. Every operation that issues,
     * withdraws, approves, rules on or decides something about a person calls this, whatever
     * roles the actor holds.
     *
     * @param action what the actor tried, as a verb phrase ("issue a penalty")
     */
    public static void requireNotOwnCase(Actor actor, EmployeeId subject, String action) {
        ownCase(actor, subject, action).ifPresent(refusal -> {
            throw refusal.toException();
        });
    }

    /**
     * The refusal of an act by {@code actor} about {@code subject} when it is the actor's own case
     * (§1.3.3), as a value for pure access functions; see {@link #requireNotOwnCase}.
     */
    public static Optional<Refusal> ownCase(Actor actor, EmployeeId subject, String action) {
        return isOwnCase(actor, subject) ? Optional.of(Refusal.access("nobody may " + action
                + " in their own case (§1.3.3); another authorised person must")) : Optional.empty();
    }

    /** Whether an act by {@code actor} about {@code subject} would decide the actor's own case. */
    public static boolean isOwnCase(Actor actor, EmployeeId subject) {
        return actor.is(subject);
    }
}
