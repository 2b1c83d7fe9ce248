package org.servicepolicy.policy;

/** §2.3.3: the methods a periodic service evaluation combines. */
public enum ServiceEvaluationMethod {
    /** Customers' satisfaction scores (1 to 5) given in the period. */
    CUSTOMER_SCORING,
    /** Scores (0 to 100) of the employee's superior and of the service supervision group. */
    INTERNAL_EVALUATION,
    /** The employee's service findings in the period, each deducting points from its standard's dimension. */
    DATA_ANALYSIS
}
