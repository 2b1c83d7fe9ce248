package org.servicepolicy.service;

import org.servicepolicy.kernel.Ids;

/** Identifies a supervision observation (§2.3.1). */
public record ObservationId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public ObservationId {
        Ids.requireValid("ObservationId", value);
    }

    /** Shorthand for {@code new ObservationId(value)}. */
    public static ObservationId of(String value) {
        return new ObservationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
