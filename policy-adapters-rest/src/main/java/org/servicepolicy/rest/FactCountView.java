package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.tasks.FactCount;
import org.servicepolicy.tasks.TaskId;

/**
 * One number of the compliance facts, what it counts and the tasks behind it.
 *
 * @param count   how many items were counted
 * @param counts  what one item is: {@code TASKS} (each task once), {@code REFUSALS},
 *                {@code ADJUSTMENT_REQUESTS}, {@code REPORT_PERIODS} or {@code ESCALATIONS}
 * @param taskIds the task of each counted item, in order: a task that counted twice is listed twice
 */
public record FactCountView(int count, String counts, List<String> taskIds) {
    /** The view of {@code fact}. */
    public static FactCountView of(FactCount fact) {
        return new FactCountView(fact.count(), fact.counts().name(),
                fact.tasks().stream().map(TaskId::value).toList());
    }
}
