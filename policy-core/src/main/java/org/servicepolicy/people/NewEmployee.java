package org.servicepolicy.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.servicepolicy.kernel.Role;

/**
 * Command: hire an employee. Fields are checked by {@link PeopleService#hire}, which lists every
 * problem at once.
 *
 * @param id           the identifier wanted, or null to have one generated
 * @param name         full name
 * @param category     manager, staff or temporary hire
 * @param supervisorId the direct supervisor's id, or null
 * @param departmentId the department's id
 * @param level        the level on the company's ladder
 * @param hireDate     when employment begins
 * @param status       ONBOARDING or ON_POST; null means ON_POST
 * @param monthlyWage  the monthly wage in the policy's currency, or null when unknown
 * @param grantedRoles HR and/or SUPERVISION_GROUP; null means none
 */
public record NewEmployee(String id, String name, EmployeeCategory category, String supervisorId,
                          String departmentId, Integer level, LocalDate hireDate, EmploymentStatus status,
                          BigDecimal monthlyWage, Set<Role> grantedRoles) {
}
