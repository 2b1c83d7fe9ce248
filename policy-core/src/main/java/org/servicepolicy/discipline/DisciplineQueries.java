package org.servicepolicy.discipline;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;

/**
 * The reads of work discipline (§3.2, §3.3.3): a record exists for an actor only if they may see
 * its employee's records (see {@link Access}), so a hidden record is answered as a missing one.
 */
final class DisciplineQueries {
    private final UnitOfWork<DisciplineStores> work;

    DisciplineQueries(UnitOfWork<DisciplineStores> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    List<Violation> violations(Actor actor, EmployeeId employee) {
        Access.requireView(actor, existing(employee));
        return work.stores().violations().of(employee);
    }

    Violation violation(Actor actor, ViolationId id) {
        var violation = work.stores().violations().find(id).orElseThrow(() -> new NotFoundException("violation", id));
        Access.requireView(actor, existing(violation.employee()), "violation", id);
        return violation;
    }

    List<Penalty> penalties(Actor actor, EmployeeId employee) {
        Access.requireView(actor, existing(employee));
        return work.stores().penalties().of(employee);
    }

    Penalty penalty(Actor actor, PenaltyId id) {
        var penalty = penalty(work.stores(), id);
        Access.requireView(actor, existing(penalty.employee()), "penalty", id);
        return penalty;
    }

    List<LeaveRequest> leaveRequests(Actor actor, EmployeeId employee) {
        Access.requireView(actor, existing(employee));
        return work.stores().leave().of(employee);
    }

    LeaveRequest leaveRequest(Actor actor, LeaveRequestId id) {
        var request = leaveRequest(work.stores(), id);
        Access.requireView(actor, existing(request.employee()), "leave request", id);
        return request;
    }

    /** The penalty with {@code id}; one that does not exist is not found. */
    static Penalty penalty(DisciplineStores stores, PenaltyId id) {
        return stores.penalties().find(id).orElseThrow(() -> new NotFoundException("penalty", id));
    }

    /** The leave request with {@code id}; one that does not exist is not found. */
    static LeaveRequest leaveRequest(DisciplineStores stores, LeaveRequestId id) {
        return stores.leave().find(id).orElseThrow(() -> new NotFoundException("leave request", id));
    }

    private Employee existing(EmployeeId id) {
        return work.stores().employees().find(id).orElseThrow(() -> new NotFoundException("employee", id));
    }
}
