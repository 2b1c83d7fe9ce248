package org.servicepolicy.policy;

/** Who gives an evaluation in the compliance assessment (§3.3.1), relative to the evaluated employee. */
public enum EvaluatorRole {
    /** The evaluated employee's direct superior. */
    SUPERIOR,
    /** A colleague: neither the employee nor their direct superior. */
    PEER,
    /** The employee themself. */
    SELF
}
