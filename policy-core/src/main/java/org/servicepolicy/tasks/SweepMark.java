package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.Objects;

/**
 * A fact the sweep found and recorded exactly once: a task overdue, or a progress report missed.
 * A mark is identified by its {@link #key()}; a store keeps at most one mark per key.
 *
 * @param task     the task
 * @param kind     overdue, or a missed progress report
 * @param number   for OVERDUE the terms version whose deadline passed (the first of the versions
 *                 that share that deadline); for MISSED_PROGRESS_REPORT the report period, from 1
 * @param dueAt    the deadline that passed, or the end of the report period
 * @param markedAt the instant the sweep ran for
 */
public record SweepMark(TaskId task, Kind kind, int number, Instant dueAt, Instant markedAt) {
    /** What the sweep found. */
    public enum Kind {
        /** The deadline passed while the work was still owed. */
        OVERDUE,
        /** A report period ended while the task was in progress, without a progress report in it (§3.1.2). */
        MISSED_PROGRESS_REPORT
    }

    /** Requires every part and a positive number. */
    public SweepMark {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(markedAt, "markedAt");
        if (number < 1) {
            throw new IllegalArgumentException("mark numbers start at 1");
        }
    }

    /** What identifies the mark: its task, kind and number. */
    public Key key() {
        return new Key(task, kind, number);
    }

    /**
     * The identity of a mark.
     *
     * @param task   the task
     * @param kind   the kind
     * @param number the number
     */
    public record Key(TaskId task, Kind kind, int number) {
        /** Requires every part. */
        public Key {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
