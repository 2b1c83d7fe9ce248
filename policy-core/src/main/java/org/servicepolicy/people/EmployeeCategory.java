package org.servicepolicy.people;

/** The groups of staff the policy covers (§1.2). */
public enum EmployeeCategory {
    /** A department manager. */
    MANAGER,
    /** Ordinary staff. */
    STAFF,
    /** A temporary hire: cannot be demoted (there is no level to lose). */
    TEMPORARY
}
