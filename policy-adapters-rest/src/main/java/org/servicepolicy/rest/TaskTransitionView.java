package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.tasks.TaskStatus;
import org.servicepolicy.tasks.TaskTransition;

/**
 * One status a task entered.
 *
 * @param status ASSIGNED, REFUSED, IN_PROGRESS, SUBMITTED, COMPLETED or CLOSED
 * @param at     when
 * @param by     who moved the task
 * @param note   the reason or comment given with the move, if any
 */
public record TaskTransitionView(TaskStatus status, Instant at, String by, String note) {
    /** The view of {@code transition}. */
    public static TaskTransitionView of(TaskTransition transition) {
        return new TaskTransitionView(transition.status(), transition.at(), transition.by().value(),
                transition.note().orElse(null));
    }
}
