package org.servicepolicy.service;

/** What an observation found against its standard (§2.3.1). */
public enum ObservationOutcome {
    /** The conduct observed met the standard. */
    CONFORMING,
    /** The conduct observed fell short of the standard: a finding for each employee concerned. */
    NONCONFORMITY
}
