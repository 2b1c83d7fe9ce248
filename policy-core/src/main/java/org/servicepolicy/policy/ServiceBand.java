package org.servicepolicy.policy;

/** §2.3.3: the band a service evaluation score falls in, lowest first. */
public enum ServiceBand {
    /** Below the standard band: follow-up training and, by the policy, a penalty proposal. */
    SUBSTANDARD,
    /** Service that meets the standard. */
    STANDARD,
    /** Excellent service: proposes rewards (§2.3.3). */
    EXCELLENT;

    /** Whether this band is {@code other} or better. */
    public boolean atLeast(ServiceBand other) {
        return compareTo(other) >= 0;
    }
}
