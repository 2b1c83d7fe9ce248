package org.servicepolicy.tasks;

/** The assigner's verdict on a submitted result (§3.1.3: the superior's evaluation). */
public enum ReviewOutcome {
    /** The result is accepted, with a quality score: the task is completed. */
    ACCEPTED,
    /** The result goes back to the assignee for rework. */
    RETURNED
}
