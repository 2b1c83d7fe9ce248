package org.servicepolicy.policy;

/**
 * The four grades of the compliance assessment (§3.3.1), lowest first, so that
 * {@link #compareTo} orders them from worse to better.
 */
public enum Grade {
    UNQUALIFIED, QUALIFIED, GOOD, EXCELLENT;

    /** Whether this grade is {@code other} or better. */
    public boolean atLeast(Grade other) {
        return compareTo(other) >= 0;
    }

    /** The worse of this grade and {@code ceiling}: this grade capped at {@code ceiling}. */
    public Grade cappedAt(Grade ceiling) {
        return compareTo(ceiling) > 0 ? ceiling : this;
    }
}
