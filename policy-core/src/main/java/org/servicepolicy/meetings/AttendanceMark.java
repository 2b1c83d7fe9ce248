package org.servicepolicy.meetings;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;

/**
 * How one invitee attended a meeting, as recorded after it (§5.1.2).
 *
 * @param invitee    whose attendance
 * @param attendance present, excused or unexcused
 * @param recordedBy who recorded it: the meeting's owner, or HR or the owner's manager for the owner
 * @param recordedAt when
 */
public record AttendanceMark(EmployeeId invitee, Attendance attendance, EmployeeId recordedBy, Instant recordedAt) {
    /** Requires every part. */
    public AttendanceMark {
        Objects.requireNonNull(invitee, "invitee");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
