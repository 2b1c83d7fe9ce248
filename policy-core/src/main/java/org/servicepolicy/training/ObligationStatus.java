package org.servicepolicy.training;

/** Where an obligation stands at an instant; exactly one holds. */
public enum ObligationStatus {
    /** Not met, not yet due. */
    DUE,
    /** Met by a completion. */
    MET,
    /** Not met, and past its due instant. */
    OVERDUE
}
