package org.servicepolicy.career;

/**
 * Where a development plan stands (§4.3.1): a superior proposes it, the employee agrees to it; a
 * newer proposal supersedes an unagreed one, and a newer agreed plan the one agreed before.
 */
public enum DevelopmentPlanStatus {
    /** Proposed by a superior, waiting for the employee's agreement. */
    PROPOSED,
    /** Agreed by both: the employee's plan. */
    AGREED,
    /** Replaced by a newer plan. */
    SUPERSEDED
}
