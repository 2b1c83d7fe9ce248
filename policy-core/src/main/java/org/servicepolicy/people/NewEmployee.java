package org.servicepolicy.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
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

    /**
     * Throws {@code InvalidInputException} listing every problem of the hire at once, for a
     * company whose lowest level is {@code lowestLevel} and whose wages are in {@code currency}.
     */
    public void requireValid(int lowestLevel, Currency currency) {
        new Inputs().notBlank(name, "name")
                .require(name == null || name.length() <= 200, "name", "must be at most 200 characters")
                .require(id == null || Ids.isValid(id), "id", "must be 1-64 letters, digits, '.', '_' or '-'")
                .present(category, "category")
                .present(departmentId, "departmentId")
                .present(level, "level")
                .present(hireDate, "hireDate")
                .require(level == null || level >= lowestLevel, "level",
                        "must be at least the company's lowest level, " + lowestLevel)
                .require(status == null || status.employed(), "status", "a new employee is ONBOARDING or ON_POST")
                .positiveAmount(monthlyWage, currency, "monthlyWage")
                .require(grantedRoles == null || grantedRoles.stream()
                        .allMatch(r -> r == Role.HR || r == Role.SUPERVISION_GROUP), "grantedRoles",
                        "only HR and SUPERVISION_GROUP are granted; MANAGER follows from the category")
                .require(departmentId == null || Ids.isValid(departmentId), "departmentId", "is not a valid id")
                .require(supervisorId == null || Ids.isValid(supervisorId), "supervisorId", "is not a valid id")
                .throwIfAny();
    }
}
