package org.servicepolicy.feedback;

/** How customer feedback reached the company (§2.3.2: complaint hotline, suggestion box, online platform). */
public enum FeedbackChannel {
    /** A call to the complaint hotline, recorded by the employee who took it. */
    COMPLAINT_HOTLINE,
    /** A note in the suggestion box, recorded by the employee who emptied it. */
    SUGGESTION_BOX,
    /** Submitted by the customer on the online platform, without an employee. */
    ONLINE_PLATFORM
}
