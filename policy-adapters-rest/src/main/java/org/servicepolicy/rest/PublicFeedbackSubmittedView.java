package org.servicepolicy.rest;

/**
 * What submitting feedback online answers (§2.3.2): what the customer will see with their
 * tracking token, and the token, shown this once: only its hash is stored. A replay of the
 * request under its {@code Idempotency-Key} answers without the token, which nothing kept.
 *
 * @param feedback      the feedback as the customer sees it
 * @param trackingToken the token to follow it, answer, and accept or reject its result with; absent in a replay
 */
public record PublicFeedbackSubmittedView(PublicFeedbackItemView feedback, String trackingToken) {
    /** This answer without the token, as it is kept for replays. */
    public PublicFeedbackSubmittedView withoutToken() {
        return new PublicFeedbackSubmittedView(feedback, null);
    }
}
