package org.servicepolicy.tasks;

/**
 * Command: review a submitted result (§3.1.3).
 *
 * @param outcome      accept, or return for rework
 * @param qualityScore 0 to 100; required to accept, not given when returning
 * @param comments     the evaluation and improvement suggestions, or the reason for rework
 */
public record ReviewCompletion(ReviewOutcome outcome, Integer qualityScore, String comments) {
}
