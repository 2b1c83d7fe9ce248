package org.servicepolicy.rest;

import jakarta.validation.constraints.Size;

/**
 * Optional body of {@code POST /api/v1/leave-requests/{id}/approve}.
 *
 * @param note                     a note kept with the approval
 * @param emergencyPreventedNotice for an emergency request filed after its leave began: HR's
 *                                 reason for finding that the emergency prevented notice
 *                                 (§3.2.2); without it the late request is recorded as
 *                                 LEAVE_NOT_REQUESTED_IN_ADVANCE
 */
public record LeaveApprovalBody(@Size(max = 2000, message = "must be at most {max} characters") String note,
                                @Size(max = 2000, message = "must be at most {max} characters")
                                String emergencyPreventedNotice) {
}
