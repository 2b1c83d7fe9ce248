package org.servicepolicy.policy;

/**
 * What a customer's feedback is (§2.3.2). It lives with the policy because the policy's routing
 * rules name it.
 */
public enum FeedbackNature {
    /** The customer complains about the service. */
    COMPLAINT,
    /** The customer suggests an improvement. */
    SUGGESTION,
    /** The customer praises the service or an employee. */
    PRAISE,
    /** The customer asks something. */
    ENQUIRY
}
