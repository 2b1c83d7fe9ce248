package org.servicepolicy.rest;

/**
 * Body of {@code POST /api/v1/tasks/{id}/escalate} (§3.1.2: escalate major issues or anything
 * beyond one's authority).
 *
 * @param issue the issue, in words
 */
public record EscalationBody(String issue) {
}
