package org.servicepolicy.people;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Role;

/**
 * A person the policy covers (§1.2).
 *
 * @param id           identifier
 * @param name         full name
 * @param category     manager, staff or temporary hire
 * @param supervisor   the direct supervisor, absent at the top of the company
 * @param department   the department worked in
 * @param level        the position on the company's ladder: demotion lowers it, promotion raises it
 * @param hireDate     when employment began
 * @param status       onboarding, on post, dismissed or left
 * @param monthlyWage  the monthly wage, where known (caps compensation instalments, §3.2.2)
 * @param grantedRoles roles granted beyond those the category implies: {@code HR},
 *                     {@code SUPERVISION_GROUP}
 * @param version      the optimistic-locking version, 0 before the first save
 */
public record Employee(EmployeeId id, String name, EmployeeCategory category, Optional<EmployeeId> supervisor,
                       DepartmentId department, int level, LocalDate hireDate, EmploymentStatus status,
                       Optional<Money> monthlyWage, Set<Role> grantedRoles, long version) {
    /** Requires every part and copies the roles. */
    public Employee {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(supervisor, "supervisor");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(hireDate, "hireDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(monthlyWage, "monthlyWage");
        grantedRoles = grantedRoles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(grantedRoles));
        if (grantedRoles.contains(Role.MANAGER) || grantedRoles.contains(Role.EMPLOYEE)) {
            throw new IllegalArgumentException("MANAGER and EMPLOYEE follow from the category; grant HR or SUPERVISION_GROUP");
        }
    }

    /**
     * Every role this employee acts with: EMPLOYEE always; while employed, MANAGER for a
     * manager and the granted roles. A dismissed employee keeps only EMPLOYEE, so they can
     * still read their records and appeal (§3.3.3).
     */
    public Set<Role> roles() {
        var roles = EnumSet.of(Role.EMPLOYEE);
        if (status.employed()) {
            if (category == EmployeeCategory.MANAGER) {
                roles.add(Role.MANAGER);
            }
            roles.addAll(grantedRoles);
        }
        return Set.copyOf(roles);
    }

    /** This employee at {@code newLevel}. */
    public Employee withLevel(int newLevel) {
        return new Employee(id, name, category, supervisor, department, newLevel, hireDate, status, monthlyWage,
                grantedRoles, version);
    }

    /** This employee with {@code newStatus}. */
    public Employee withStatus(EmploymentStatus newStatus) {
        return new Employee(id, name, category, supervisor, department, level, hireDate, newStatus, monthlyWage,
                grantedRoles, version);
    }
}
