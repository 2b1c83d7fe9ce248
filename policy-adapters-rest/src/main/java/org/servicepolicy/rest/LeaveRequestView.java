package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.discipline.LeaveRequest;
import org.servicepolicy.discipline.LeaveStatus;
import org.servicepolicy.kernel.EmployeeId;

/**
 * A leave request (§3.2.2).
 *
 * @param id           identifier
 * @param employeeId   who takes the leave
 * @param startsAt     start, inclusive
 * @param endsAt       end, exclusive
 * @param reason       why
 * @param emergency    whether it is an emergency request
 * @param requestedAt  when it was requested
 * @param requestedBy  who requested it
 * @param status       REQUESTED, APPROVED or REJECTED
 * @param decidedBy    who approved or rejected it
 * @param decidedAt    when
 * @param decisionNote the note or reason given with the decision
 * @param version      the record's version
 */
public record LeaveRequestView(String id, String employeeId, Instant startsAt, Instant endsAt, String reason,
                               boolean emergency, Instant requestedAt, String requestedBy, LeaveStatus status,
                               String decidedBy, Instant decidedAt, String decisionNote, long version) {
    /** The view of {@code request}. */
    public static LeaveRequestView of(LeaveRequest request) {
        return new LeaveRequestView(request.id().value(), request.employee().value(), request.startsAt(),
                request.endsAt(), request.reason(), request.emergency(), request.requestedAt(),
                request.requestedBy().value(), request.status(), request.decidedBy().map(EmployeeId::value).orElse(null),
                request.decidedAt().orElse(null), request.decisionNote().orElse(null), request.version());
    }
}
