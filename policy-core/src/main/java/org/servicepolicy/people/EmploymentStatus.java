package org.servicepolicy.people;

/** Where an employee stands. */
public enum EmploymentStatus {
    /** Hired, in new-hire training; not yet on post (§4.1.1). */
    ONBOARDING,
    /** Working. */
    ON_POST,
    /** Dismissed as a penalty (§3.3.3). */
    DISMISSED,
    /** Left the company. */
    LEFT;

    /** Whether the employee still works here (onboarding or on post). */
    public boolean employed() {
        return this == ONBOARDING || this == ON_POST;
    }
}
