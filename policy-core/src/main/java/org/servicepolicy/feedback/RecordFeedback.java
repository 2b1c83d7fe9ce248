package org.servicepolicy.feedback;

import java.util.HashSet;
import java.util.List;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.policy.FeedbackNature;

/**
 * Command: record feedback a customer gave through the complaint hotline or the suggestion box
 * (§2.3.2), received now, as the caller. {@link #requireValid} lists every problem of its form at
 * once; whether the severity, the area and the employees exist is decided with what is stored.
 *
 * @param channel            {@link FeedbackChannel#COMPLAINT_HOTLINE} or {@link FeedbackChannel#SUGGESTION_BOX}
 * @param nature             what the feedback is
 * @param severity           one of the policy's feedback severities
 * @param area               one of the policy's business areas
 * @param summary            what it is about, at most {@value FeedbackItem#SUMMARY_MAX} characters
 * @param details            what the customer said, at most {@value FeedbackItem#DETAILS_MAX} characters
 * @param contact            how to reach the customer, at most {@value FeedbackItem#CONTACT_MAX}
 *                           characters; null when they left none
 * @param employeesConcerned ids of the employees it names, at most {@value FeedbackItem#CONCERNED_MAX}, distinct
 */
public record RecordFeedback(FeedbackChannel channel, FeedbackNature nature, String severity, String area,
                             String summary, String details, String contact, List<String> employeesConcerned) {
    /** Copies the employees; none when absent. */
    public RecordFeedback {
        employeesConcerned = employeesConcerned == null ? List.of() : employeesConcerned.stream().toList();
    }

    /** Throws {@code InvalidInputException} listing every problem of the command's form. */
    public void requireValid() {
        FeedbackForm.check(new Inputs().present(channel, "channel")
                        .require(channel != FeedbackChannel.ONLINE_PLATFORM, "channel",
                                "feedback from the online platform is submitted by the customer")
                        .present(nature, "nature")
                        .notBlank(severity, "severity"), area, summary, details, contact)
                .require(employeesConcerned.size() <= FeedbackItem.CONCERNED_MAX, "employeesConcerned",
                        "names at most " + FeedbackItem.CONCERNED_MAX + " employees")
                .require(employeesConcerned.stream().allMatch(id -> id != null && Ids.isValid(id)),
                        "employeesConcerned", "holds an id that is not valid")
                .require(new HashSet<>(employeesConcerned).size() == employeesConcerned.size(),
                        "employeesConcerned", "names an employee twice")
                .throwIfAny();
    }
}
