package org.servicepolicy.tasks;

/** How an adjustment request ended (§3.1.1: change only after the superior approves). */
public enum AdjustmentOutcome {
    /** The superior approved: the task took the new terms. */
    APPROVED,
    /** The superior denied it, with a reason: the terms stand. */
    DENIED,
    /** Undecided when the task was submitted or closed: the terms stood. */
    LAPSED
}
