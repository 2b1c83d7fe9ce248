package org.servicepolicy.training;

import org.servicepolicy.kernel.Ids;

/** Identifies a training session (§4.1). */
public record TrainingSessionId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public TrainingSessionId {
        Ids.requireValid("TrainingSessionId", value);
    }

    /** Shorthand for {@code new TrainingSessionId(value)}. */
    public static TrainingSessionId of(String value) {
        return new TrainingSessionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
