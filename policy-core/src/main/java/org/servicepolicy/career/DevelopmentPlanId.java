package org.servicepolicy.career;

import org.servicepolicy.kernel.Ids;

/** Identifies a development plan (§4.3.1). */
public record DevelopmentPlanId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public DevelopmentPlanId {
        Ids.requireValid("DevelopmentPlanId", value);
    }

    /** Shorthand for {@code new DevelopmentPlanId(value)}. */
    public static DevelopmentPlanId of(String value) {
        return new DevelopmentPlanId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
