package org.servicepolicy.rest;

import org.servicepolicy.service.DepartmentRequestFiling;

/**
 * Body of {@code POST /api/v1/department-requests} (§2.2.1). The request is asked now, by the
 * caller, of another department.
 *
 * @param toDepartmentId the department asked; not the caller's own
 * @param addresseeId    an employee of that department named to answer; omitted for the department
 * @param subject        what it is about (at most 200 characters)
 * @param description    what is asked
 */
public record AskDepartmentBody(String toDepartmentId, String addresseeId, String subject, String description) {
    /** The core command. */
    public DepartmentRequestFiling toCommand() {
        return new DepartmentRequestFiling(toDepartmentId, addresseeId, subject, description);
    }
}
