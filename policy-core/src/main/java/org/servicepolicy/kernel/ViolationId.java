package org.servicepolicy.kernel;

/** Identifies a violation. */
public record ViolationId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public ViolationId {
        Ids.requireValid("ViolationId", value);
    }

    /** Shorthand for {@code new ViolationId(value)}. */
    public static ViolationId of(String value) {
        return new ViolationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
