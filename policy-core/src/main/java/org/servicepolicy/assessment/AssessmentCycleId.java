package org.servicepolicy.assessment;

import org.servicepolicy.kernel.Ids;

/** Identifies an assessment cycle. */
public record AssessmentCycleId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public AssessmentCycleId {
        Ids.requireValid("AssessmentCycleId", value);
    }

    /** Shorthand for {@code new AssessmentCycleId(value)}. */
    public static AssessmentCycleId of(String value) {
        return new AssessmentCycleId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
