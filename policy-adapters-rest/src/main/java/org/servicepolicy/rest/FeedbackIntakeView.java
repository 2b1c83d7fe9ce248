package org.servicepolicy.rest;

/**
 * What recording feedback answers (§2.3.2): the item, and the customer's tracking token, shown
 * this once: only its hash is stored. A replay of the request under its {@code Idempotency-Key}
 * answers the item without the token, which nothing kept.
 *
 * @param item          the item as recorded
 * @param trackingToken the token to hand to the customer; absent in a replay
 */
public record FeedbackIntakeView(FeedbackItemView item, String trackingToken) {
    /** This answer without the token, as it is kept for replays. */
    public FeedbackIntakeView withoutToken() {
        return new FeedbackIntakeView(item, null);
    }
}
