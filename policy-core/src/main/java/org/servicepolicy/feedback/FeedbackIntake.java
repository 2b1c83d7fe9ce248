package org.servicepolicy.feedback;

import java.util.Objects;

/**
 * What receiving feedback answers (§2.3.2): the item, and the customer's tracking token, given
 * this once and never stored (only its hash is).
 *
 * @param item          the item as stored
 * @param trackingToken the token with which the customer tracks the item, answers and accepts or rejects its result
 */
public record FeedbackIntake(FeedbackItem item, String trackingToken) {
    /** Requires both parts. */
    public FeedbackIntake {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(trackingToken, "trackingToken");
    }

    /** The token stays out of logs. */
    @Override
    public String toString() {
        return "FeedbackIntake[item=" + item.id() + "]";
    }
}
