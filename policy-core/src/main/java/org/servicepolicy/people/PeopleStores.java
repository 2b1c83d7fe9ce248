package org.servicepolicy.people;

import java.util.Objects;

/**
 * The ports the people of the company are kept in.
 *
 * @param employees   the employees
 * @param departments the departments
 */
public record PeopleStores(EmployeeStore employees, DepartmentStore departments) {
    /** Requires every port. */
    public PeopleStores {
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(departments, "departments");
    }
}
