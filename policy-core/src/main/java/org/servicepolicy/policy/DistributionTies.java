package org.servicepolicy.policy;

/**
 * How the distribution rule (§1.3.3, "favouring no one") settles employees who tie for the last
 * EXCELLENT grades a department may keep. Neither way looks at who they are: employee ids,
 * names and the order they were hired in never decide a grade.
 */
public enum DistributionTies {
    /**
     * Employees with the same total all keep EXCELLENT, even when the department then holds more
     * than its share.
     */
    ALL_KEEP,
    /**
     * Equal totals are ranked by the higher rules-and-discipline score, then the higher
     * task-execution score, then the higher task-acceptance score (a compliance assessment weighs
     * conduct first, §3.3.1); employees still equal on all of them all keep EXCELLENT, even when the
     * department then holds more than its share.
     */
    COMPONENTS_THEN_ALL_KEEP
}
