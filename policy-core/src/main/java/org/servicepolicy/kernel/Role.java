package org.servicepolicy.kernel;

/** What an {@link Actor} may do (§1.2, §2.3.1). Every use case checks the acting roles. */
public enum Role {
    /** Human resources: sees everything, issues penalties, publishes policy versions. */
    HR,
    /** A department manager: sees and acts on the records of their department. */
    MANAGER,
    /** The service supervision group (§2.3.1): checks service conduct and records violations. */
    SUPERVISION_GROUP,
    /** Every employee: sees their own records. */
    EMPLOYEE
}
