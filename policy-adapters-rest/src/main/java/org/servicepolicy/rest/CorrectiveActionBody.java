package org.servicepolicy.rest;

import org.servicepolicy.feedback.CorrectiveAction;

/**
 * Body of {@code POST /api/v1/feedback/{id}/corrective-action} (§2.3.2): why the customer rejected
 * the last result and what was done about it, required before the next result.
 *
 * @param causeAnalysis why the result fell short
 * @param action        what was corrected
 */
public record CorrectiveActionBody(String causeAnalysis, String action) {
    /** The core command. */
    public CorrectiveAction toCommand() {
        return new CorrectiveAction(causeAnalysis, action);
    }
}
