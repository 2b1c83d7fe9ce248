package org.servicepolicy.feedback;

import org.servicepolicy.kernel.Inputs;

/**
 * Command body: the words of a step of handling feedback (§2.3.2): a response, a question to the
 * customer, a note, a result, the customer's answer or comment, a reason to close.
 *
 * @param text the words
 */
public record FeedbackText(String text) {
    /** Throws {@code InvalidInputException} unless {@code text} is present, not blank and storable. */
    public void requireValid() {
        new Inputs().text(text, "text").throwIfAny();
    }
}
