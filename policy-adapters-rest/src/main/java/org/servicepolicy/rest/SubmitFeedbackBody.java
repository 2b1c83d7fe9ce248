package org.servicepolicy.rest;

import jakarta.validation.constraints.Size;
import org.servicepolicy.feedback.FeedbackItem;
import org.servicepolicy.feedback.SubmitFeedback;
import org.servicepolicy.policy.FeedbackNature;

/**
 * Body of {@code POST /api/v1/public/feedback} (§2.3.2): feedback a customer submits online,
 * without logging in. It names no employee; the details may, in words.
 *
 * @param nature  COMPLAINT, SUGGESTION, PRAISE or ENQUIRY
 * @param area    one of the policy's business areas ({@code feedback.areas})
 * @param summary what it is about
 * @param details what the customer says
 * @param contact how to reach the customer; omitted when they leave none
 */
public record SubmitFeedbackBody(FeedbackNature nature,
                                 @Size(max = AREA_MAX, message = "must be at most {max} characters") String area,
                                 @Size(max = FeedbackItem.SUMMARY_MAX, message = "must be at most {max} characters")
                                 String summary,
                                 @Size(max = FeedbackItem.DETAILS_MAX, message = "must be at most {max} characters")
                                 String details,
                                 @Size(max = FeedbackItem.CONTACT_MAX, message = "must be at most {max} characters")
                                 String contact) {
    /** The longest area named: longer than any the policy lists, short enough to cost nothing. */
    public static final int AREA_MAX = 100;

    /** The core command. */
    public SubmitFeedback toCommand() {
        return new SubmitFeedback(nature, area, summary, details, contact);
    }
}
