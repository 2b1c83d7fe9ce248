package org.servicepolicy.rest;

import org.servicepolicy.meetings.Attendance;
import org.servicepolicy.meetings.MarkAttendance;

/**
 * Body of {@code POST /api/v1/meetings/{id}/attendance}: how one invitee attended a meeting that
 * has started (§5.1.2), recorded once per invitee.
 *
 * @param employeeId the invitee
 * @param attendance PRESENT, EXCUSED or UNEXCUSED; UNEXCUSED from a compulsory meeting records a
 *                   MEETING_OR_TRAINING_ABSENCE violation (§3.1.1)
 */
public record MarkAttendanceBody(String employeeId, Attendance attendance) {
    /** The core command. */
    public MarkAttendance toCommand() {
        return new MarkAttendance(employeeId, attendance);
    }
}
