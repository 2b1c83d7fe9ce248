package org.servicepolicy.training;

import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: record whether an attendee came to a session (§4.1, §3.1.1), by the trainer or HR.
 *
 * @param employeeId the attendee
 * @param attendance PRESENT, EXCUSED or UNEXCUSED
 */
public record RecordAttendance(String employeeId, Attendance attendance) {
    /** Throws {@code InvalidInputException} listing every problem of the command at once. */
    public void requireValid() {
        new Inputs().require(employeeId != null && Ids.isValid(employeeId), "employeeId", "is required and a valid id")
                .present(attendance, "attendance")
                .throwIfAny();
    }
}
