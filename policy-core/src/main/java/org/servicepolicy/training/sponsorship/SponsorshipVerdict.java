package org.servicepolicy.training.sponsorship;

/** What HR decides on a request for sponsorship (§4.1.2). */
public enum SponsorshipVerdict {
    /** The company bears its share of the cost, within the annual cap. */
    APPROVE,
    /** The company does not sponsor the course. */
    REJECT
}
