package org.servicepolicy.career;

import org.servicepolicy.kernel.Ids;

/** Identifies an internal selection for a position (§4.3.2). */
public record SelectionId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public SelectionId {
        Ids.requireValid("SelectionId", value);
    }

    /** Shorthand for {@code new SelectionId(value)}. */
    public static SelectionId of(String value) {
        return new SelectionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
