package org.servicepolicy.training.sponsorship;

/** Where a request for sponsorship stands (§4.1.2): requested, then approved or rejected by HR, once. */
public enum SponsorshipStatus {
    /** Waiting for HR's decision. */
    REQUESTED,
    /** HR approved it: the company bears its share of the cost. */
    APPROVED,
    /** HR rejected it. */
    REJECTED
}
