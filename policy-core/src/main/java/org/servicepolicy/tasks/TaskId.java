package org.servicepolicy.tasks;

import org.servicepolicy.kernel.Ids;

/** Identifies a task. */
public record TaskId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public TaskId {
        Ids.requireValid("TaskId", value);
    }

    /** Shorthand for {@code new TaskId(value)}. */
    public static TaskId of(String value) {
        return new TaskId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
