package org.servicepolicy.policy;

/** What the compliance assessment scores (§3.3.1), each from 0 to 100. */
public enum AssessmentComponent {
    /** Accepting tasks (§3.1.1). */
    TASK_ACCEPTANCE,
    /** Executing and completing tasks (§3.1.2, §3.1.3). */
    TASK_EXECUTION,
    /** Observing rules and discipline (§3.2). */
    RULES_AND_DISCIPLINE
}
