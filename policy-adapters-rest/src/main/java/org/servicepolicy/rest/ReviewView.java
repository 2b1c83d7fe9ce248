package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.tasks.Review;
import org.servicepolicy.tasks.ReviewOutcome;

/**
 * The superior's review of a completion report (§3.1.3).
 *
 * @param number       the review's number on its task, from 1
 * @param completion   the number of the completion report reviewed
 * @param at           when
 * @param by           who reviewed
 * @param outcome      ACCEPTED or RETURNED (for rework)
 * @param qualityScore 0 to 100, for an accepted result
 * @param comments     the evaluation and improvement suggestions, or the reason for rework
 */
public record ReviewView(int number, int completion, Instant at, String by, ReviewOutcome outcome,
                         Integer qualityScore, String comments) {
    /** The view of {@code review}. */
    public static ReviewView of(Review review) {
        return new ReviewView(review.number(), review.completion(), review.at(), review.by().value(), review.outcome(),
                review.qualityScore().orElse(null), review.comments());
    }
}
