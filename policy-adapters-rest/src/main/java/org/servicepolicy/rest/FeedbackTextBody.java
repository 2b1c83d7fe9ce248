package org.servicepolicy.rest;

import org.servicepolicy.feedback.FeedbackText;

/**
 * Body of the steps of handling feedback that take words (§2.3.2): the first response, a question
 * to the customer, the note of their answer given elsewhere, a result, the reason to close, and
 * the customer's answer.
 *
 * @param text the words
 */
public record FeedbackTextBody(String text) {
    /** The core command. */
    public FeedbackText toCommand() {
        return new FeedbackText(text);
    }
}
