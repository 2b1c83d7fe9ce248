package org.servicepolicy.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewEmployee;

/**
 * Body of {@code POST /api/v1/employees}.
 *
 * @param id           the identifier wanted; omitted to have one generated
 * @param name         full name
 * @param category     MANAGER, STAFF or TEMPORARY
 * @param supervisorId the direct supervisor's id, if any
 * @param departmentId the department's id
 * @param level        the level on the company's ladder
 * @param hireDate     when employment begins (ISO-8601 date)
 * @param status       ONBOARDING or ON_POST (default ON_POST)
 * @param monthlyWage  the monthly wage in the policy's currency, if known
 * @param grantedRoles HR and/or SUPERVISION_GROUP
 */
public record HireEmployeeBody(String id, String name, EmployeeCategory category, String supervisorId,
                               String departmentId, Integer level, LocalDate hireDate, EmploymentStatus status,
                               BigDecimal monthlyWage, Set<Role> grantedRoles) {
    /** The core command. */
    public NewEmployee toCommand() {
        return new NewEmployee(id, name, category, supervisorId, departmentId, level, hireDate, status, monthlyWage,
                grantedRoles);
    }
}
