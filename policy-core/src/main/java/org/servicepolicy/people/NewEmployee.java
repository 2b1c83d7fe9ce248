package org.servicepolicy.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.servicepolicy.kernel.Role;

/**
 * Command: hire an employee. In Java, start from {@link #of} and add what applies
 * ({@link #reportingTo}, {@link #earning}, {@link #granted}, {@link #starting}); adapters that map
 * raw input use the canonical constructor. Fields are checked by {@link PeopleService#hire},
 * which lists every problem at once.
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
    /** An employee of {@code category} hired into {@code departmentId} at {@code level} on {@code hireDate}, on post. */
    public static NewEmployee of(String id, String name, EmployeeCategory category, String departmentId, int level,
                                 LocalDate hireDate) {
        return new NewEmployee(id, name, category, null, departmentId, level, hireDate, null, null, null);
    }

    /** This hire, reporting to {@code supervisorId}. */
    public NewEmployee reportingTo(String supervisorId) {
        return new NewEmployee(id, name, category, supervisorId, departmentId, level, hireDate, status, monthlyWage,
                grantedRoles);
    }

    /** This hire, earning {@code wage} a month in the policy's currency. */
    public NewEmployee earning(BigDecimal wage) {
        return new NewEmployee(id, name, category, supervisorId, departmentId, level, hireDate, status, wage,
                grantedRoles);
    }

    /** This hire, granted {@code roles} (HR, SUPERVISION_GROUP). */
    public NewEmployee granted(Role... roles) {
        return new NewEmployee(id, name, category, supervisorId, departmentId, level, hireDate, status, monthlyWage,
                Set.of(roles));
    }

    /** This hire, starting in {@code initial} status (ONBOARDING or ON_POST). */
    public NewEmployee starting(EmploymentStatus initial) {
        return new NewEmployee(id, name, category, supervisorId, departmentId, level, hireDate, initial, monthlyWage,
                grantedRoles);
    }
}
