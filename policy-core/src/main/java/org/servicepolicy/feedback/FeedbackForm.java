package org.servicepolicy.feedback;

import org.servicepolicy.kernel.Inputs;

/** The checks of what a customer said, shared by feedback recorded by staff and submitted online (§2.3.2). */
final class FeedbackForm {
    private FeedbackForm() {
    }

    /** Adds the problems of the area, summary, details and contact to {@code inputs}. */
    static Inputs check(Inputs inputs, String area, String summary, String details, String contact) {
        return inputs.notBlank(area, "area")
                .notBlank(summary, "summary")
                .require(summary == null || summary.strip().length() <= FeedbackItem.SUMMARY_MAX, "summary",
                        "is at most " + FeedbackItem.SUMMARY_MAX + " characters")
                .notBlank(details, "details")
                .require(details == null || details.strip().length() <= FeedbackItem.DETAILS_MAX, "details",
                        "is at most " + FeedbackItem.DETAILS_MAX + " characters")
                .storable(contact, "contact")
                .require(contact == null || contact.strip().length() <= FeedbackItem.CONTACT_MAX, "contact",
                        "is at most " + FeedbackItem.CONTACT_MAX + " characters");
    }
}
