package org.servicepolicy.feedback;

import org.servicepolicy.kernel.Ids;

/** Identifies an item of customer feedback (§2.3.2). */
public record FeedbackItemId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public FeedbackItemId {
        Ids.requireValid("FeedbackItemId", value);
    }

    /** Shorthand for {@code new FeedbackItemId(value)}. */
    public static FeedbackItemId of(String value) {
        return new FeedbackItemId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
