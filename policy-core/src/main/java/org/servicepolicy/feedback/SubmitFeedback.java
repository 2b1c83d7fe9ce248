package org.servicepolicy.feedback;

import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.policy.FeedbackNature;

/**
 * Command: a customer submits feedback on the online platform (§2.3.2), now. The public never
 * names employees by id (the details may name them in words); the severity is the policy's for
 * online items until triage changes it. {@link #requireValid} lists every problem of its form.
 *
 * @param nature  what the feedback is
 * @param area    one of the policy's business areas
 * @param summary what it is about, at most {@value FeedbackItem#SUMMARY_MAX} characters
 * @param details what the customer says, at most {@value FeedbackItem#DETAILS_MAX} characters
 * @param contact how to reach the customer, at most {@value FeedbackItem#CONTACT_MAX} characters;
 *                null when they leave none
 */
public record SubmitFeedback(FeedbackNature nature, String area, String summary, String details, String contact) {
    /** Throws {@code InvalidInputException} listing every problem of the command's form. */
    public void requireValid() {
        FeedbackForm.check(new Inputs().present(nature, "nature"), area, summary, details, contact).throwIfAny();
    }
}
