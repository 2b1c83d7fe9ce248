package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One round of handling an item (§2.3.2): the result reported, and, when the customer rejected
 * it, when and why. A round after a rejection carries the cause analysis and the corrective
 * action recorded before its result. The rounds are kept inside the item, oldest first.
 *
 * @param number           the round, from 1
 * @param result           the result reported to the customer
 * @param resultAt         when it was reported
 * @param rejectedAt       when the customer rejected it; empty while not rejected
 * @param rejection        the customer's comment on rejecting it; present with {@code rejectedAt}
 * @param causeAnalysis    why the previous result was rejected; present from round 2
 * @param correctiveAction what was done about it; present from round 2
 */
public record FeedbackRound(int number, String result, Instant resultAt, Optional<Instant> rejectedAt,
                            Optional<String> rejection, Optional<String> causeAnalysis,
                            Optional<String> correctiveAction) {
    /** Requires every part, a rejection comment exactly with its time, and a correction exactly from round 2. */
    public FeedbackRound {
        if (number < 1) {
            throw new IllegalArgumentException("rounds are numbered from 1, was " + number);
        }
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(resultAt, "resultAt");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
        Objects.requireNonNull(rejection, "rejection");
        Objects.requireNonNull(causeAnalysis, "causeAnalysis");
        Objects.requireNonNull(correctiveAction, "correctiveAction");
        if (rejectedAt.isPresent() != rejection.isPresent()) {
            throw new IllegalArgumentException("a rejected round has its time and comment, another neither");
        }
        var corrected = number > 1;
        if (causeAnalysis.isPresent() != corrected || correctiveAction.isPresent() != corrected) {
            throw new IllegalArgumentException("a round after a rejection has a cause analysis and a corrective "
                    + "action, the first round none");
        }
    }

    /** Whether the customer rejected this round's result. */
    public boolean rejected() {
        return rejectedAt.isPresent();
    }

    /** This round rejected at {@code at} with {@code comment}. */
    public FeedbackRound rejectedWith(String comment, Instant at) {
        return new FeedbackRound(number, result, resultAt, Optional.of(at), Optional.of(comment), causeAnalysis,
                correctiveAction);
    }
}
