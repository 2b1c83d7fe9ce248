package org.servicepolicy.discipline;

import java.time.Instant;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
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

    /** Throws {@code InvalidInputException} listing every problem of the request at once. */
    public void requireValid() {
        boolean urgent = Boolean.TRUE.equals(emergency);
        new Inputs().present(employeeId, "employeeId")
                .require(employeeId == null || Ids.isValid(employeeId), "employeeId", "is not a valid id")
                .present(startsAt, "startsAt")
                .present(endsAt, "endsAt")
                .require(startsAt == null || endsAt == null || startsAt.isBefore(endsAt), "endsAt",
                        "must be after startsAt")
                .require(!urgent || reason != null && !reason.isBlank(), "reason", "is required for an emergency request")
                .optionalText(reason, "reason")
                .throwIfAny();
    }
}
