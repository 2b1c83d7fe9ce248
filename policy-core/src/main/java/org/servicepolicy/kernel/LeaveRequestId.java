package org.servicepolicy.kernel;

/** Identifies a leave request. */
public record LeaveRequestId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public LeaveRequestId {
        Ids.requireValid("LeaveRequestId", value);
    }

    /** Shorthand for {@code new LeaveRequestId(value)}. */
    public static LeaveRequestId of(String value) {
        return new LeaveRequestId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
