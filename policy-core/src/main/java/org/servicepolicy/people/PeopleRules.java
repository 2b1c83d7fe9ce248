package org.servicepolicy.people;

import java.util.HashSet;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.CompanyPolicy;

/**
 * §1.2: creating departments and hiring employees. Who may (HR) is checked before the command is
 * read, so that the refusal does not depend on the input. Pure.
 */
public final class PeopleRules {
    private PeopleRules() {
    }

    /**
     * Creates a department; an id already taken is a duplicate.
     *
     * @param taken whether a department with the id asked for exists
     */
    public static Outcome<PeopleStores, Department> createDepartment(NewDepartment command, boolean taken,
                                                                     Stamp stamp) {
        var department = new Department(DepartmentId.of(command.id() == null ? stamp.nextId() : command.id()),
                command.name().strip());
        if (taken) {
            return Outcome.refused(Refusal.duplicate("department", department.id()));
        }
        var draft = Outcome.<PeopleStores>draft();
        draft.change(Change.of(s -> {
            s.departments().add(department);
            return department;
        }));
        draft.event(new PeopleEvent.DepartmentCreated(department.id(), department.name(), stamp.now()));
        draft.audit(stamp.audit("department.create", "department", department.id().value(), department.name()));
        return draft.answer(stored -> department);
    }

    /**
     * Hires an employee, on post unless the command says ONBOARDING, the wage in the company's
     * currency; an id already taken is a duplicate. The record's first version, and the time at
     * its level, hold from the start of the hire date in the company's zone.
     *
     * @param taken   whether an employee with the id asked for exists
     * @param company the company section of the policy in force now
     */
    public static Outcome<PeopleStores, Employee> hire(NewEmployee command, boolean taken, CompanyPolicy company,
                                                       Stamp stamp) {
        var hired = command.hireDate().atStartOfDay(company.zone()).toInstant();
        var employee = new Employee(EmployeeId.of(command.id() == null ? stamp.nextId() : command.id()),
                command.name().strip(), command.category(), Optional.ofNullable(command.supervisorId())
                .map(EmployeeId::of), DepartmentId.of(command.departmentId()), command.level(), command.hireDate(),
                command.status() == null ? EmploymentStatus.ON_POST : command.status(),
                Optional.ofNullable(command.monthlyWage()).map(w -> new Money(w, company.currency())),
                command.grantedRoles() == null ? new HashSet<>() : command.grantedRoles(), hired, hired, 0);
        if (taken) {
            return Outcome.refused(Refusal.duplicate("employee", employee.id()));
        }
        var draft = Outcome.<PeopleStores>draft();
        var stored = draft.change(Change.of(s -> s.employees().add(employee)));
        draft.event(new PeopleEvent.EmployeeHired(employee.id(), employee.department(), employee.category(),
                stamp.now()));
        draft.audit(stamp.audit("employee.hire", "employee", employee.id().value(),
                employee.category() + " in " + employee.department() + " at level " + employee.level()));
        return draft.answer(s -> s.of(stored));
    }
}
