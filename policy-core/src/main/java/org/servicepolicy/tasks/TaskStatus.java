package org.servicepolicy.tasks;

import java.util.EnumSet;
import java.util.Set;

/**
 * The task lifecycle (§3.1). ASSIGNED → IN_PROGRESS (accepted) or REFUSED (refused with a
 * reason, §3.1.1); REFUSED → CLOSED (the refusal was justified) or ASSIGNED (it was not: the
 * task goes back to the assignee); IN_PROGRESS → SUBMITTED (completion reported, §3.1.3);
 * SUBMITTED → COMPLETED (accepted on review) or IN_PROGRESS (returned for rework). A task not yet
 * finished is WITHDRAWN when its assignee leaves the company (§1.2). COMPLETED, CLOSED and
 * WITHDRAWN are final. Being overdue is not a status: it is a fact the sweep records.
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
    CLOSED,
    /** Withdrawn, unfinished, because the assignee left the company (§1.2). Final. */
    WITHDRAWN;

    /** The statuses reachable from this one. */
    public Set<TaskStatus> next() {
        return switch (this) {
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, REFUSED, WITHDRAWN);
            case REFUSED -> EnumSet.of(CLOSED, ASSIGNED, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> EnumSet.of(COMPLETED, IN_PROGRESS, WITHDRAWN);
            case COMPLETED, CLOSED, WITHDRAWN -> EnumSet.noneOf(TaskStatus.class);
        };
    }

    /** Whether the task's life is over: completed, closed after a justified refusal, or withdrawn. */
    public boolean finished() {
        return this == COMPLETED || this == CLOSED || this == WITHDRAWN;
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
