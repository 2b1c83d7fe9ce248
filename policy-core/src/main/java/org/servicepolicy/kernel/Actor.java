package org.servicepolicy.kernel;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The person a command or query is performed for, with the roles that authorise it.
 *
 * @param id         the acting employee
 * @param roles      the roles held; never empty
 * @param department the acting employee's department, when they belong to one
 */
public record Actor(EmployeeId id, Set<Role> roles, Optional<DepartmentId> department) {
    /** Copies the roles and checks that there is at least one. */
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(department, "department");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an actor has at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Whether the actor holds {@code role}. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the actor is in HR. */
    public boolean isHr() {
        return has(Role.HR);
    }

    /** Whether the actor manages {@code departmentId}: a manager of that very department. */
    public boolean manages(DepartmentId departmentId) {
        return has(Role.MANAGER) && department.filter(departmentId::equals).isPresent();
    }

    /** Whether the actor is {@code employee}. */
    public boolean is(EmployeeId employee) {
        return id.equals(employee);
    }
}
