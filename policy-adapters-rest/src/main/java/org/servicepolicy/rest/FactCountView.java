package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.tasks.FactCount;
import org.servicepolicy.tasks.TaskId;

/**
 * One number of the compliance facts and the tasks behind it.
 *
 * @param count   how many items were counted
 * @param taskIds the task of each counted item, in order: a task that counted twice is listed twice
 */
public record FactCountView(int count, List<String> taskIds) {
    /** The view of {@code fact}. */
    public static FactCountView of(FactCount fact) {
        return new FactCountView(fact.count(), fact.tasks().stream().map(TaskId::value).toList());
    }
}
