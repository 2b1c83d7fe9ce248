package org.servicepolicy.training.sponsorship;

import org.servicepolicy.kernel.Ids;

/** Identifies a request for the sponsorship of external training (§4.1.2). */
public record SponsorshipId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public SponsorshipId {
        Ids.requireValid("SponsorshipId", value);
    }

    /** Shorthand for {@code new SponsorshipId(value)}. */
    public static SponsorshipId of(String value) {
        return new SponsorshipId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
