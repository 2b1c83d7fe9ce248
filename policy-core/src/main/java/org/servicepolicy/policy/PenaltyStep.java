package org.servicepolicy.policy;

/** The steps of the progressive penalty ladder (§3.3.3), lightest first. */
public enum PenaltyStep {
    WARNING, FINE, DEMOTION, DISMISSAL;

    /** Whether this step is heavier than {@code other}. */
    public boolean heavierThan(PenaltyStep other) {
        return compareTo(other) > 0;
    }
}
