package org.servicepolicy.kernel;

/** Identifies a penalty. */
public record PenaltyId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public PenaltyId {
        Ids.requireValid("PenaltyId", value);
    }

    /** Shorthand for {@code new PenaltyId(value)}. */
    public static PenaltyId of(String value) {
        return new PenaltyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
