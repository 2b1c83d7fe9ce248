package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.meetings.Attendance;
import org.servicepolicy.meetings.AttendanceMark;

/**
 * How one invitee attended a meeting, as recorded after it (§5.1.2).
 *
 * @param employeeId   the invitee
 * @param attendance   PRESENT, EXCUSED or UNEXCUSED
 * @param recordedById who recorded it: the owner, or HR or the owner's manager for the owner
 * @param recordedAt   when
 */
public record AttendanceMarkView(String employeeId, Attendance attendance, String recordedById, Instant recordedAt) {
    /** The view of {@code mark}. */
    public static AttendanceMarkView of(AttendanceMark mark) {
        return new AttendanceMarkView(mark.invitee().value(), mark.attendance(), mark.recordedBy().value(),
                mark.recordedAt());
    }
}
