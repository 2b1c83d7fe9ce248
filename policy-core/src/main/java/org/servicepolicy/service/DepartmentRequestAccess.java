package org.servicepolicy.service;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Access;

/**
 * Who may do what with requests between departments (§2.2.1, §1.3.3). Each function answers
 * without reading a store.
 *
 * <p>Any employee asks another department, as themself. A request naming an employee is
 * answered by that employee or the addressed department's manager; one naming none by any member
 * of the addressed department. Only the requester accepts an answer or returns it as unclear.
 * Nobody answers their own request. The requester and their department's manager, the addressed
 * department's members and manager, the service supervision group and HR read a request.
 */
public final class DepartmentRequestAccess {
    private DepartmentRequestAccess() {
    }

    /** Answering {@code request}: the addressee or the addressed department's manager, or any member when none is named. */
    public static Optional<Refusal> mayAnswer(Actor actor, DepartmentRequest request) {
        return Access.ownCase(actor, request.requester(), "answer").or(() -> {
            var allowed = actor.manages(request.toDepartment()) || request.addressee().map(actor::is)
                    .orElseGet(() -> actor.department().filter(request.toDepartment()::equals).isPresent());
            return allowed ? Optional.empty() : Optional.of(Refusal.access("only the employee a request names, "
                    + "or any member of the department asked when it names none, or that department's manager "
                    + "answers it (§2.2.1)"));
        });
    }

    /** Accepting an answer to {@code request} or returning it as unclear: the requester only. */
    public static Optional<Refusal> mayConclude(Actor actor, DepartmentRequest request) {
        return actor.is(request.requester()) ? Optional.empty()
                : Optional.of(Refusal.access("only the requester accepts an answer or returns it as unclear (§2.2.1)"));
    }

    /** Whether {@code actor} may read {@code request}. */
    public static boolean mayRead(Actor actor, DepartmentRequest request) {
        return actor.is(request.requester()) || actor.manages(request.fromDepartment())
                || actor.department().filter(request.toDepartment()::equals).isPresent()
                || actor.has(Role.SUPERVISION_GROUP) || actor.isHr();
    }

    /** Sweeping requests on request: the service supervision group or HR. */
    public static Optional<Refusal> maySweep(Actor actor) {
        return ServiceRecordAccess.maySweep(actor);
    }
}
