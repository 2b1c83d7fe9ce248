package org.servicepolicy.assessment;

import org.servicepolicy.kernel.Ids;

/** Identifies an evaluation. */
public record EvaluationId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public EvaluationId {
        Ids.requireValid("EvaluationId", value);
    }

    /** Shorthand for {@code new EvaluationId(value)}. */
    public static EvaluationId of(String value) {
        return new EvaluationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
