package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.feedback.FeedbackRound;

/**
 * One round of handling an item of customer feedback (§2.3.2): its result and, when the customer
 * rejected it, when and why.
 *
 * @param number           the round, from 1
 * @param result           the result reported to the customer
 * @param resultAt         when it was reported
 * @param rejectedAt       when the customer rejected it; absent while not rejected
 * @param rejection        the customer's comment on rejecting it
 * @param causeAnalysis    why the previous result was rejected; from round 2
 * @param correctiveAction what was done about it; from round 2
 */
public record FeedbackRoundView(int number, String result, Instant resultAt, Instant rejectedAt, String rejection,
                                String causeAnalysis, String correctiveAction) {
    /** The view of {@code round}. */
    public static FeedbackRoundView of(FeedbackRound round) {
        return new FeedbackRoundView(round.number(), round.result(), round.resultAt(),
                round.rejectedAt().orElse(null), round.rejection().orElse(null), round.causeAnalysis().orElse(null),
                round.correctiveAction().orElse(null));
    }
}
