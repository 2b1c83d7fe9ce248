package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.career.SelectionApplication;

/**
 * An application to an internal selection (§4.3.2), made while the applicant met every promotion
 * condition.
 *
 * @param employeeId    who applied
 * @param appliedAt     when
 * @param departmentId  the department they were in then
 * @param level         their level then
 * @param policyVersion the policy version their eligibility was assessed under
 */
public record SelectionApplicationView(String employeeId, Instant appliedAt, String departmentId, int level,
                                       String policyVersion) {
    /** The view of {@code application}. */
    public static SelectionApplicationView of(SelectionApplication application) {
        return new SelectionApplicationView(application.employee().value(), application.appliedAt(),
                application.department().value(), application.level(), application.policyVersion());
    }
}
