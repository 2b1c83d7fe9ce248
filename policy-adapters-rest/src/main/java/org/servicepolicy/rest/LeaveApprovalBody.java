package org.servicepolicy.rest;

import jakarta.validation.constraints.Size;

/**
 * Optional body of {@code POST /api/v1/leave-requests/{id}/approve}.
 *
 * @param note a note kept with the approval
 */
public record LeaveApprovalBody(@Size(max = 2000, message = "must be at most {max} characters") String note) {
}
