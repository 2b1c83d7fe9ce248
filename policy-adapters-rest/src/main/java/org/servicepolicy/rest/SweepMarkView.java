package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.tasks.SweepMark;

/**
 * A fact the periodic sweep recorded about a task, once.
 *
 * @param kind     OVERDUE (the deadline passed while the work was owed) or MISSED_PROGRESS_REPORT (§3.1.2)
 * @param number   for OVERDUE the terms version whose deadline passed; for MISSED_PROGRESS_REPORT the
 *                 report period, from 1
 * @param dueAt    the deadline that passed, or the end of the report period
 * @param markedAt the instant the sweep ran for
 */
public record SweepMarkView(SweepMark.Kind kind, int number, Instant dueAt, Instant markedAt) {
    /** The view of {@code mark}. */
    public static SweepMarkView of(SweepMark mark) {
        return new SweepMarkView(mark.kind(), mark.number(), mark.dueAt(), mark.markedAt());
    }
}
