package org.servicepolicy.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 * @param grantedRoles  roles granted beyond those the category implies: {@code HR},
 *                      {@code SUPERVISION_GROUP}
 * @param effectiveFrom when this version of the record took effect: the start of the hire date
 *                      for the first, the effective instant of the change for every later one
 * @param levelSince    since when the employee has been at {@code level} (§4.3.2 time at level)
 * @param version       the optimistic-locking version, 0 before the first save; every stored
 *                      version is kept, so the record can be read as it was at any instant
 */
public record Employee(EmployeeId id, String name, EmployeeCategory category, Optional<EmployeeId> supervisor,
                       DepartmentId department, int level, LocalDate hireDate, EmploymentStatus status,
                       Optional<Money> monthlyWage, Set<Role> grantedRoles, Instant effectiveFrom,
                       Instant levelSince, long version) {
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
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(levelSince, "levelSince");
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

    /** This employee at {@code newLevel}, from the instant this version took effect (a correction of it). */
    public Employee withLevel(int newLevel) {
        return withLevel(newLevel, effectiveFrom);
    }

    /** This employee with {@code newStatus}, from the instant this version took effect (a correction of it). */
    public Employee withStatus(EmploymentStatus newStatus) {
        return withStatus(newStatus, effectiveFrom);
    }

    /**
     * This employee at {@code newLevel} from {@code at}, the time-at-level clock restarting then.
     * A change never takes effect before the version it follows.
     */
    public Employee withLevel(int newLevel, Instant at) {
        var from = notBefore(at);
        return new Employee(id, name, category, supervisor, department, newLevel, hireDate, status, monthlyWage,
                grantedRoles, from, from, version);
    }

    /**
     * This employee back at {@code earlierLevel}, held since {@code heldSince}, from {@code at}: a
     * revoked demotion restores the level and its clock as if it had never happened (§4.3.2).
     */
    public Employee restoredTo(int earlierLevel, Instant heldSince, Instant at) {
        return new Employee(id, name, category, supervisor, department, earlierLevel, hireDate, status, monthlyWage,
                grantedRoles, notBefore(at), heldSince, version);
    }

    /** This employee with {@code newStatus} from {@code at}. */
    public Employee withStatus(EmploymentStatus newStatus, Instant at) {
        return new Employee(id, name, category, supervisor, department, level, hireDate, newStatus, monthlyWage,
                grantedRoles, notBefore(at), levelSince, version);
    }

    /**
     * This employee with the terms of employment HR changes (§1.2), from {@code at}; the
     * time-at-level clock restarts only when the level changes.
     */
    public Employee withTerms(Optional<EmployeeId> newSupervisor, DepartmentId newDepartment, int newLevel,
                              EmployeeCategory newCategory, Optional<Money> newWage, Instant at) {
        var from = notBefore(at);
        return new Employee(id, name, newCategory, newSupervisor, newDepartment, newLevel, hireDate, status, newWage,
                grantedRoles, from, newLevel == level ? levelSince : from, version);
    }

    /**
     * Everyone above this employee up the reporting line, nearest first, each supervisor's record
     * found with {@code find}; a loop in the line ends it.
     */
    public Set<EmployeeId> superiors(Function<EmployeeId, Optional<Employee>> find) {
        var above = new LinkedHashSet<EmployeeId>();
        var next = supervisor;
        while (next.isPresent() && above.add(next.get())) {
            next = find.apply(next.get()).flatMap(Employee::supervisor);
        }
        return above;
    }

    /** This record as stored at {@code storedVersion}. */
    public Employee atVersion(long storedVersion) {
        return new Employee(id, name, category, supervisor, department, level, hireDate, status, monthlyWage,
                grantedRoles, effectiveFrom, levelSince, storedVersion);
    }

    private Instant notBefore(Instant at) {
        return at.isBefore(effectiveFrom) ? effectiveFrom : at;
    }
}
