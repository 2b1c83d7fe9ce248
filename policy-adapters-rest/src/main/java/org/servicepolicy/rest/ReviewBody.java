package org.servicepolicy.rest;

import org.servicepolicy.tasks.ReviewCompletion;
import org.servicepolicy.tasks.ReviewOutcome;

/**
 * Body of {@code POST /api/v1/tasks/{id}/review}: the superior's evaluation of a submitted
 * result (§3.1.3).
 *
 * @param outcome      ACCEPTED completes the task; RETURNED sends it back for rework
 * @param qualityScore 0 to 100; required to accept, omitted when returning
 * @param comments     the evaluation and improvement suggestions, or the reason for rework
 */
public record ReviewBody(ReviewOutcome outcome, Integer qualityScore, String comments) {
    /** The core command. */
    public ReviewCompletion toCommand() {
        return new ReviewCompletion(outcome, qualityScore, comments);
    }
}
