package org.servicepolicy.rest;

import org.servicepolicy.people.NewDepartment;

/**
 * Body of {@code POST /api/v1/departments}.
 *
 * @param id   the identifier wanted; omitted to have one generated
 * @param name the department's name
 */
public record CreateDepartmentBody(String id, String name) {
    /** The core command. */
    public NewDepartment toCommand() {
        return new NewDepartment(id, name);
    }
}
