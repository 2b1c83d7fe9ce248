package org.servicepolicy.suggestions;

import org.servicepolicy.kernel.Ids;

/** Identifies an employee suggestion. */
public record SuggestionId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public SuggestionId {
        Ids.requireValid("SuggestionId", value);
    }

    /** Shorthand for {@code new SuggestionId(value)}. */
    public static SuggestionId of(String value) {
        return new SuggestionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
