package org.servicepolicy.rest;

import org.servicepolicy.people.Department;

/**
 * A department.
 *
 * @param id   its identifier
 * @param name its name
 */
public record DepartmentView(String id, String name) {
    /** The view of {@code department}. */
    public static DepartmentView of(Department department) {
        return new DepartmentView(department.id().value(), department.name());
    }
}
