package org.servicepolicy.discipline;

import java.time.Instant;
import org.servicepolicy.kernel.StoredPrecision;

/**
 * Command: request leave.
 *
 * @param employeeId whose leave; an employee requests their own, HR or their manager may
 *                   request it on their behalf
 * @param startsAt   start, inclusive
 * @param endsAt     end, exclusive
 * @param reason     why; required for an emergency request
 * @param emergency  an emergency request, which may come after the fact and needs HR approval
 */
public record NewLeaveRequest(String employeeId, Instant startsAt, Instant endsAt, String reason, Boolean emergency) {
    /** Keeps the instants at the stores' precision, so that they read back as given. */
    public NewLeaveRequest {
        startsAt = StoredPrecision.truncate(startsAt);
        endsAt = StoredPrecision.truncate(endsAt);
    }
}
