package org.servicepolicy.tasks;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One number of the compliance facts, what it counts, and the task of every counted item. A
 * number that counts tasks lists each task once; one that counts refusals, adjustment requests,
 * report periods or escalations lists the task of each item, so a task with two such items is
 * listed twice.
 *
 * @param counts what one counted item is
 * @param tasks  the task of each counted item, in the order of the items
 */
public record FactCount(Unit counts, List<TaskId> tasks) {
    /** What a fact counts. */
    public enum Unit {
        /** Tasks, each once. */
        TASKS,
        /** Refusals: a task refused twice counts twice. */
        REFUSALS,
        /** Adjustment requests: a task with two requests counts twice. */
        ADJUSTMENT_REQUESTS,
        /** Progress-report periods (§3.1.2): each period of a task counts. */
        REPORT_PERIODS,
        /** Escalations raised: a task escalated twice counts twice. */
        ESCALATIONS
    }

    /** Copies the list; a count of tasks lists each task once. */
    public FactCount {
        Objects.requireNonNull(counts, "counts");
        tasks = List.copyOf(tasks);
        if (counts == Unit.TASKS && new HashSet<>(tasks).size() != tasks.size()) {
            throw new IllegalArgumentException("a count of tasks lists each task once: " + tasks);
        }
    }

    /** How many items were counted. */
    public int count() {
        return tasks.size();
    }
}
