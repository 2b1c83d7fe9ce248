package org.servicepolicy.training;

/** What HR decides when a trainee has used every retake of a programme (§4.1.1). */
public enum RetakeOutcome {
    /** One more attempt. */
    EXTEND,
    /** No more attempts: employment is to end; HR records the departure through the people capability. */
    END
}
