package org.servicepolicy.rest;

/**
 * Body of {@code POST /api/v1/feedback/{id}/responsible} (§2.3.2).
 *
 * @param employeeId the employed member of the routed department who handles the item; never one it names
 */
public record AssignFeedbackBody(String employeeId) {
}
