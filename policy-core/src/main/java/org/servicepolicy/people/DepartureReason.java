package org.servicepolicy.people;

/**
 * Why an employee leaves the company (§1.2). Dismissal is not among them: it is a penalty, issued
 * through the progressive ladder (§3.3.3).
 */
public enum DepartureReason {
    /** The employee resigned. */
    RESIGNATION,
    /** A fixed-term contract (a temporary hire's, typically) came to its end. */
    END_OF_CONTRACT,
    /** The employee retired. */
    RETIREMENT
}
