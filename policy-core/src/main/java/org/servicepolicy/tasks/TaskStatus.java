package org.servicepolicy.tasks;

import java.util.EnumSet;
import java.util.Set;

/**
 * The task lifecycle (§3.1). ASSIGNED → IN_PROGRESS (accepted) or REFUSED (refused with a
 * reason, §3.1.1); REFUSED → CLOSED (the refusal was justified) or ASSIGNED (it was not: the
 * task goes back to the assignee); IN_PROGRESS → SUBMITTED (completion reported, §3.1.3);
 * SUBMITTED → COMPLETED (accepted on review) or IN_PROGRESS (returned for rework). COMPLETED and
 * CLOSED are final. Being overdue is not a status: it is a fact the sweep records.
 */
public enum TaskStatus {
    /** Assigned, awaiting the assignee's acceptance or refusal. */
    ASSIGNED,
    /** Refused with a reason, awaiting the ruling on the refusal. */
    REFUSED,
    /** Accepted and being worked on, or returned for rework. */
    IN_PROGRESS,
    /** Reported complete, awaiting review. */
    SUBMITTED,
    /** The result was accepted with a quality score. Final. */
    COMPLETED,
    /** Closed after a justified refusal. Final. */
    CLOSED;

    /** The statuses reachable from this one. */
    public Set<TaskStatus> next() {
        return switch (this) {
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, REFUSED);
            case REFUSED -> EnumSet.of(CLOSED, ASSIGNED);
            case IN_PROGRESS -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(COMPLETED, IN_PROGRESS);
            case COMPLETED, CLOSED -> EnumSet.noneOf(TaskStatus.class);
        };
    }

    /** Whether the task's life is over: completed, or closed after a justified refusal. */
    public boolean finished() {
        return this == COMPLETED || this == CLOSED;
    }

    /** Whether the assignee still owes the work, so that a passed deadline makes the task overdue. */
    public boolean workOwed() {
        return this == ASSIGNED || this == REFUSED || this == IN_PROGRESS;
    }

    /** Whether the assignee may ask for a change of the terms in this status (§3.1.1). */
    public boolean adjustable() {
        return this == ASSIGNED || this == IN_PROGRESS;
    }
}
