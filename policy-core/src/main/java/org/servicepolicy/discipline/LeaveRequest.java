package org.servicepolicy.discipline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.LeaveRequestId;

/**
 * A request for leave (§3.2.2: leave is requested in advance through the leave process).
 *
 * @param id           identifier
 * @param employee     who takes the leave
 * @param startsAt     start of the leave, inclusive
 * @param endsAt       end of the leave, exclusive
 * @param reason       why
 * @param emergency    an emergency request, possibly made after the fact; HR approves it
 * @param requestedAt  when it was requested
 * @param requestedBy  who requested it
 * @param status       requested, approved or rejected
 * @param decidedBy    who approved or rejected it
 * @param decidedAt    when
 * @param decisionNote the note given with the decision (required for a rejection)
 * @param version      optimistic-locking version, 0 before the first save
 */
public record LeaveRequest(LeaveRequestId id, EmployeeId employee, Instant startsAt, Instant endsAt, String reason,
                           boolean emergency, Instant requestedAt, EmployeeId requestedBy, LeaveStatus status,
                           Optional<EmployeeId> decidedBy, Optional<Instant> decidedAt, Optional<String> decisionNote,
                           long version) {
    /** Requires every part and a start before the end. */
    public LeaveRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decisionNote, "decisionNote");
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("leave starts before it ends");
        }
    }

    /** Whether {@code instant} falls within the leave. */
    public boolean covers(Instant instant) {
        return !instant.isBefore(startsAt) && instant.isBefore(endsAt);
    }

    /** This request decided. */
    public LeaveRequest decided(LeaveStatus outcome, EmployeeId by, Instant at, Optional<String> note) {
        return new LeaveRequest(id, employee, startsAt, endsAt, reason, emergency, requestedAt, requestedBy, outcome,
                Optional.of(by), Optional.of(at), note, version);
    }
}
