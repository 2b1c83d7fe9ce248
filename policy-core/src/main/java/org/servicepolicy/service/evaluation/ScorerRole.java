package org.servicepolicy.service.evaluation;

/** Who gives an internal service evaluation score (§2.3.3: internal evaluation). */
public enum ScorerRole {
    /** The employee's direct supervisor or the manager of their department. */
    SUPERIOR,
    /** A member of the service supervision group (§2.3.1). */
    SUPERVISION_GROUP
}
