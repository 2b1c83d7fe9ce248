package org.servicepolicy.meetings;

import org.servicepolicy.kernel.Ids;

/** Identifies a meeting (§5.1.2). */
public record MeetingId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public MeetingId {
        Ids.requireValid("MeetingId", value);
    }

    /** Shorthand for {@code new MeetingId(value)}. */
    public static MeetingId of(String value) {
        return new MeetingId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
