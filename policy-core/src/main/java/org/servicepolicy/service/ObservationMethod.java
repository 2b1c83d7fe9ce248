package org.servicepolicy.service;

/** How the service supervision group checked service conduct (§2.3.1). */
public enum ObservationMethod {
    /** On-site observation. */
    ON_SITE,
    /** An internal spot check. */
    SPOT_CHECK,
    /** What a customer's feedback showed. */
    CUSTOMER_FEEDBACK
}
