package org.servicepolicy.kernel;

/** Identifies a decision. */
public record DecisionId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public DecisionId {
        Ids.requireValid("DecisionId", value);
    }

    /** Shorthand for {@code new DecisionId(value)}. */
    public static DecisionId of(String value) {
        return new DecisionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
