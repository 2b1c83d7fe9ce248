package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * One status a task entered.
 *
 * @param status the status entered
 * @param at     when
 * @param by     who moved the task
 * @param note   the reason or comment given with the move, if any
 */
public record TaskTransition(TaskStatus status, Instant at, EmployeeId by, Optional<String> note) {
    /** Requires every part. */
    public TaskTransition {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(note, "note");
    }
}
