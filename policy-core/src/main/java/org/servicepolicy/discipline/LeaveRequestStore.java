package org.servicepolicy.discipline;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.LeaveRequestId;

/** Port: leave requests, with optimistic locking. */
public interface LeaveRequestStore {
    /** Stores a new request at version 1 and returns it. */
    LeaveRequest add(LeaveRequest request);

    /** Replaces the request stored at {@code request.version()}; returns it at the next version. */
    LeaveRequest update(LeaveRequest request);

    /** The request with {@code id}. */
    Optional<LeaveRequest> find(LeaveRequestId id);

    /** The requests of {@code employee}, by start. */
    List<LeaveRequest> of(EmployeeId employee);
}
