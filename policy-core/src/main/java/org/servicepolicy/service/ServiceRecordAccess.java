package org.servicepolicy.service;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;

/**
 * Who may do what with service records (§2.1.3, §2.1.4, §1.3.3). Each function answers without
 * reading a store.
 *
 * <p>The employee handling a case opens and finishes it, stamped by the clock; their manager
 * may do so on their behalf. What judges the handler's service (a return trip and its cause, the
 * customer's satisfaction on the return visit) is recorded by the service supervision group or
 * the handler's manager, never by the handler (§1.3.3). Employees read their own records,
 * managers their department's, the group and HR everyone's.
 */
public final class ServiceRecordAccess {
    private ServiceRecordAccess() {
    }

    /** Opening or finishing a case handled by {@code handler}: the handler or their manager. */
    public static Optional<Refusal> mayHandle(Actor actor, Employee handler) {
        return actor.is(handler.id()) || actor.manages(handler.department()) ? Optional.empty()
                : Optional.of(Refusal.access("only the employee handling a case, or their manager, opens and "
                        + "finishes it (§2.1.3)"));
    }

    /**
     * Recording a return trip or a return visit of a case handled by {@code handler}: the group or
     * the handler's manager, never the handler (§1.3.3).
     */
    public static Optional<Refusal> mayJudge(Actor actor, Employee handler, String action) {
        return Access.ownCase(actor, handler.id(), action).or(() ->
                actor.has(Role.SUPERVISION_GROUP) || actor.manages(handler.department()) ? Optional.empty()
                        : Optional.of(Refusal.access("only the service supervision group or the handler's manager may "
                                + action + " (§2.1.3, §2.1.4)")));
    }

    /** Whether {@code actor} may read the service records of {@code handler}. */
    public static boolean mayRead(Actor actor, Employee handler) {
        return Access.canView(actor, handler);
    }

    /** Running the sweep on request: the service supervision group or HR. */
    public static Optional<Refusal> maySweep(Actor actor) {
        return actor.has(Role.SUPERVISION_GROUP) || actor.isHr() ? Optional.empty()
                : Optional.of(Refusal.access("only the service supervision group or HR runs the service sweep"));
    }
}
