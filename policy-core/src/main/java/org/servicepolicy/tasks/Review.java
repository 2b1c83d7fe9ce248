package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * The assigner's review of a completion report (§3.1.3).
 *
 * @param number       the review's number on its task, from 1
 * @param completion   the number of the completion report reviewed
 * @param at           when
 * @param by           who reviewed
 * @param outcome      accepted or returned for rework
 * @param qualityScore the quality score, 0 to 100, of an accepted result
 * @param comments     the evaluation and improvement suggestions, or the reason for rework
 */
public record Review(int number, int completion, Instant at, EmployeeId by, ReviewOutcome outcome,
                     Optional<Integer> qualityScore, String comments) {
    /** Requires every part, and a score between 0 and 100 exactly for an accepted result. */
    public Review {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(qualityScore, "qualityScore");
        Objects.requireNonNull(comments, "comments");
        if ((outcome == ReviewOutcome.ACCEPTED) != qualityScore.isPresent()) {
            throw new IllegalArgumentException("an accepted result, and only that, has a quality score");
        }
        if (qualityScore.filter(s -> s < 0 || s > 100).isPresent()) {
            throw new IllegalArgumentException("a quality score is between 0 and 100: " + qualityScore.get());
        }
    }
}
