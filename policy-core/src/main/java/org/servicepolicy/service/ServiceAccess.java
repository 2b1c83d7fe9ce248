package org.servicepolicy.service;

import java.util.Collection;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;

/**
 * Who may do what with supervision observations and service findings (§2.3.1, §1.3.3). Each
 * function answers without reading a store. Only the service supervision group records
 * observations, never about themself; employees read their own findings, managers those of
 * their department, the group and HR everyone's; the employee concerned never learns who
 * recorded an observation.
 */
public final class ServiceAccess {
    private ServiceAccess() {
    }

    /** Recording any observation: the service supervision group only (§2.3.1). */
    public static Optional<Refusal> mayRecordAtAll(Actor actor) {
        return actor.has(Role.SUPERVISION_GROUP) ? Optional.empty()
                : Optional.of(Refusal.access("only the service supervision group records observations (§2.3.1)"));
    }

    /** Recording an observation about {@code concerned}: the group, never about themself (§1.3.3). */
    public static Optional<Refusal> mayRecord(Actor actor, Collection<Employee> concerned) {
        return mayRecordAtAll(actor).or(() -> concerned.stream()
                .map(e -> Access.ownCase(actor, e.id(), "record a service observation"))
                .flatMap(Optional::stream).findFirst());
    }

    /** Whether {@code actor} may read the service findings of {@code employee}. */
    public static boolean mayReadFindings(Actor actor, Employee employee) {
        return Access.canView(actor, employee);
    }

    /**
     * Whether {@code actor} may read an observation concerning {@code concerned}: the group and
     * HR any, a manager one concerning their department, an employee one concerning them.
     */
    public static boolean mayReadObservation(Actor actor, Collection<Employee> concerned) {
        return actor.isHr() || actor.has(Role.SUPERVISION_GROUP)
                || concerned.stream().anyMatch(e -> Access.canView(actor, e));
    }

    /** Whether {@code actor} may learn who recorded an observation: never an employee it concerns. */
    public static boolean mayKnowRecorder(Actor actor, Observation observation) {
        return observation.concerned().stream().noneMatch(actor::is);
    }
}
