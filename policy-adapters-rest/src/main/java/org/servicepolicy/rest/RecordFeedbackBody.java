package org.servicepolicy.rest;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.servicepolicy.feedback.FeedbackChannel;
import org.servicepolicy.feedback.FeedbackItem;
import org.servicepolicy.feedback.RecordFeedback;
import org.servicepolicy.policy.FeedbackNature;

/**
 * Body of {@code POST /api/v1/feedback} (§2.3.2): feedback a customer gave through the complaint
 * hotline or the suggestion box, recorded now by the caller.
 *
 * @param channel               COMPLAINT_HOTLINE or SUGGESTION_BOX
 * @param nature                COMPLAINT, SUGGESTION, PRAISE or ENQUIRY
 * @param severity              one of the policy's feedback severities ({@code feedback.severities})
 * @param area                  one of the policy's business areas ({@code feedback.areas})
 * @param summary               what it is about
 * @param details               what the customer said
 * @param contact               how to reach the customer; omitted when they left none
 * @param employeesConcerned    the ids of the employees it names, distinct; never the caller
 */
public record RecordFeedbackBody(FeedbackChannel channel, FeedbackNature nature, String severity, String area,
                                 @Size(max = FeedbackItem.SUMMARY_MAX, message = "must be at most {max} characters")
                                 String summary,
                                 @Size(max = FeedbackItem.DETAILS_MAX, message = "must be at most {max} characters")
                                 String details,
                                 @Size(max = FeedbackItem.CONTACT_MAX, message = "must be at most {max} characters")
                                 String contact,
                                 @Size(max = FeedbackItem.CONCERNED_MAX, message = "names at most {max} employees")
                                 List<String> employeesConcerned) {
    /** The core command. */
    public RecordFeedback toCommand() {
        return new RecordFeedback(channel, nature, severity, area, summary, details, contact, employeesConcerned);
    }
}
