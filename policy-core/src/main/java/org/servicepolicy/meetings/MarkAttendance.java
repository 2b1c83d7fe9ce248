package org.servicepolicy.meetings;

import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: record how one invitee attended a meeting (§5.1.2, §3.1.1), once.
 *
 * @param employeeId the invitee
 * @param attendance present, excused or unexcused
 */
public record MarkAttendance(String employeeId, Attendance attendance) {
    /** Throws {@code InvalidInputException} listing every problem of the command's form. */
    public void requireValid() {
        new Inputs().require(employeeId != null && Ids.isValid(employeeId), "employeeId",
                        "is required and a valid id")
                .present(attendance, "attendance")
                .throwIfAny();
    }
}
