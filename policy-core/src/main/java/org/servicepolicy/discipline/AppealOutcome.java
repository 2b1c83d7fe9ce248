package org.servicepolicy.discipline;

/** HR's answer to an appeal. */
public enum AppealOutcome {
    /** The penalty stands. */
    UPHELD,
    /** The penalty is cancelled, what it changed is restored and its violation voided. */
    REVOKED
}
