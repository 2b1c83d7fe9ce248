package org.servicepolicy.career;

/** Where an internal selection stands (§4.3.2). */
public enum SelectionStatus {
    /** Taking applications until it closes, then waiting for HR's decision. */
    OPEN,
    /** HR chose one applicant, or none. */
    DECIDED
}
