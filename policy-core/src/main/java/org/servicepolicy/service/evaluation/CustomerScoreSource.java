package org.servicepolicy.service.evaluation;

/** Where a customer's satisfaction score comes from (§2.3.3, §2.1.4). */
public enum CustomerScoreSource {
    /** The return visit after a finished case (§2.1.4); the reference is the visit's. */
    RETURN_VISIT,
    /** Customer feedback, such as a survey; the reference names the feedback. */
    CUSTOMER_FEEDBACK
}
