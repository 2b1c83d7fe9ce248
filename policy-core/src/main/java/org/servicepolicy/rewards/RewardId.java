package org.servicepolicy.rewards;

import org.servicepolicy.kernel.Ids;

/** Identifies a reward. */
public record RewardId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public RewardId {
        Ids.requireValid("RewardId", value);
    }

    /** Shorthand for {@code new RewardId(value)}. */
    public static RewardId of(String value) {
        return new RewardId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
