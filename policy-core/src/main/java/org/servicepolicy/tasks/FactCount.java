package org.servicepolicy.tasks;

import java.util.List;

/**
 * One number of the compliance facts with what it counts: the task of every counted item, once
 * per item, so a task that contributed twice (two adjustment requests, say) is listed twice.
 *
 * @param tasks the task of each counted item, in the order of the items
 */
public record FactCount(List<TaskId> tasks) {
    /** Copies the list. */
    public FactCount {
        tasks = List.copyOf(tasks);
    }

    /** How many items were counted. */
    public int count() {
        return tasks.size();
    }
}
