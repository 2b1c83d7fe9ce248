package org.servicepolicy.rest;

import org.servicepolicy.training.Attendance;
import org.servicepolicy.training.RecordAttendance;

/**
 * Body of {@code POST /api/v1/training/sessions/{id}/attendance} (§4.1, §3.1.1), by the trainer or
 * HR, never about themself. UNEXCUSED records a MEETING_OR_TRAINING_ABSENCE violation.
 *
 * @param employeeId the attendee
 * @param attendance PRESENT, EXCUSED or UNEXCUSED
 */
public record TrainingAttendanceBody(String employeeId, Attendance attendance) {
    /** The core command. */
    public RecordAttendance toCommand() {
        return new RecordAttendance(employeeId, attendance);
    }
}
