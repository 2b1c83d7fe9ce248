package org.servicepolicy.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;

/**
 * An employee's record (§1.2).
 *
 * @param id           identifier
 * @param name         full name
 * @param category     MANAGER, STAFF or TEMPORARY
 * @param supervisorId the direct supervisor, if any
 * @param departmentId the department
 * @param level        the level on the company's ladder
 * @param hireDate     when employment began
 * @param status       ONBOARDING, ON_POST, DISMISSED or LEFT
 * @param monthlyWage  the monthly wage, where known
 * @param grantedRoles roles granted beyond the category's
 * @param roles        every role the employee acts with
 * @param effectiveFrom when this version of the record took effect
 * @param levelSince   since when the employee has been at their level (§4.3.2)
 * @param version      the record's version, increased by every change; every version is kept
 *                     ({@code GET /api/v1/employees/{id}/history})
 */
public record EmployeeView(String id, String name, EmployeeCategory category, String supervisorId,
                           String departmentId, int level, LocalDate hireDate, EmploymentStatus status,
                           MoneyView monthlyWage, List<Role> grantedRoles, List<Role> roles, Instant effectiveFrom,
                           Instant levelSince, long version) {
    /** The view of {@code employee}. */
    public static EmployeeView of(Employee employee) {
        return new EmployeeView(employee.id().value(), employee.name(), employee.category(),
                employee.supervisor().map(EmployeeId::value).orElse(null), employee.department().value(),
                employee.level(), employee.hireDate(), employee.status(),
                employee.monthlyWage().map(MoneyView::of).orElse(null), employee.grantedRoles().stream().sorted().toList(),
                employee.roles().stream().sorted().toList(), employee.effectiveFrom(), employee.levelSince(),
                employee.version());
    }
}
