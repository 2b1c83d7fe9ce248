package org.servicepolicy.assessment;

/** The lifecycle of an assessment cycle (§3.3.1): OPEN, then FINALIZED and locked. */
public enum CycleStatus {
    /** Evaluations are collected; grades can be previewed. */
    OPEN,
    /** Grades are stored; nothing changes them any more. */
    FINALIZED
}
