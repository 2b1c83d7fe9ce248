package org.servicepolicy.discipline;

/** Where a leave request stands (§3.2.2). */
public enum LeaveStatus {
    REQUESTED, APPROVED, REJECTED
}
