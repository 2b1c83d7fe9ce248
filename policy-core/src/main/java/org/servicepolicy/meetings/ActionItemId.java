package org.servicepolicy.meetings;

import org.servicepolicy.kernel.Ids;

/** Identifies an action item of a meeting (§5.1.2). */
public record ActionItemId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public ActionItemId {
        Ids.requireValid("ActionItemId", value);
    }

    /** Shorthand for {@code new ActionItemId(value)}. */
    public static ActionItemId of(String value) {
        return new ActionItemId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
