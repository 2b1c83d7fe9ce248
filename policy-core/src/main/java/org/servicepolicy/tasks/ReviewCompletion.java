package org.servicepolicy.tasks;

import org.servicepolicy.kernel.Inputs;

/**
 * Command: review a submitted result (§3.1.3).
 *
 * @param outcome      accept, or return for rework
 * @param qualityScore 0 to 100; required to accept, not given when returning
 * @param comments     the evaluation and improvement suggestions, or the reason for rework
 */
public record ReviewCompletion(ReviewOutcome outcome, Integer qualityScore, String comments) {
    /** Throws an {@code InvalidInputException} listing every problem of the command. */
    public void validate() {
        var inputs = new Inputs();
        inputs.present(outcome, "outcome")
                .require(!accepting() || qualityScore != null, "qualityScore", "is required to accept a result")
                .require(accepting() || qualityScore == null, "qualityScore",
                        "is given only when the result is accepted")
                .require(qualityScore == null || qualityScore >= 0 && qualityScore <= 100, "qualityScore",
                        "must be between 0 and 100");
        TaskInputs.text(inputs, comments, "comments", TaskInputs.REASON_MAX);
        inputs.throwIfAny();
    }

    /** Whether the result is accepted. */
    public boolean accepting() {
        return outcome == ReviewOutcome.ACCEPTED;
    }
}
