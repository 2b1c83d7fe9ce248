package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.discipline.NewLeaveRequest;

/**
 * Body of {@code POST /api/v1/leave-requests} (§3.2.2).
 *
 * @param employeeId whose leave
 * @param startsAt   start, inclusive (ISO-8601 instant)
 * @param endsAt     end, exclusive (ISO-8601 instant)
 * @param reason     why; required for an emergency request
 * @param emergency  an emergency request, possibly after the fact, which HR approves
 */
public record RequestLeaveBody(String employeeId, Instant startsAt, Instant endsAt, String reason, Boolean emergency) {
    /** The core command. */
    public NewLeaveRequest toCommand() {
        return new NewLeaveRequest(employeeId, startsAt, endsAt, reason, emergency);
    }
}
