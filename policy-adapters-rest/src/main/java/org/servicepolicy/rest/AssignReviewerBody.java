package org.servicepolicy.rest;

/**
 * Body of {@code POST /api/v1/suggestions/{id}/assign-reviewer}.
 *
 * @param reviewerId the employee who reviews the suggestion; not its author
 */
public record AssignReviewerBody(String reviewerId) {
}
