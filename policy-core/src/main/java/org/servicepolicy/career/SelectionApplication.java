package org.servicepolicy.career;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * An employee's application to an internal selection (§4.3.2), made while they met every
 * promotion condition.
 *
 * @param employee      who applied
 * @param appliedAt     when
 * @param department    the department they were in then
 * @param level         their level then
 * @param policyVersion the policy version their promotion eligibility was assessed under
 */
public record SelectionApplication(EmployeeId employee, Instant appliedAt, DepartmentId department, int level,
                                   String policyVersion) {
    /** Requires every part. */
    public SelectionApplication {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(appliedAt, "appliedAt");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(policyVersion, "policyVersion");
    }
}
