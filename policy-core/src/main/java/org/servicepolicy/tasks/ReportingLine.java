package org.servicepolicy.tasks;

import java.util.Objects;
import java.util.Set;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeStore;

/**
 * An employee and everyone above them up the reporting line: whom the access rules of a task
 * ask about (§3.1.1: a task comes from a superior).
 *
 * @param employee  the employee
 * @param superiors everyone up the reporting line, nearest first
 */
record ReportingLine(Employee employee, Set<EmployeeId> superiors) {
    ReportingLine {
        Objects.requireNonNull(employee, "employee");
        superiors = Set.copyOf(superiors);
    }

    /** The line above {@code employee}, read from {@code employees} one supervisor at a time, cycles cut. */
    static ReportingLine of(Employee employee, EmployeeStore employees) {
        return new ReportingLine(employee, employee.superiors(employees::find));
    }

    /** Whether {@code candidate} is above the employee on the line. */
    boolean hasAbove(EmployeeId candidate) {
        return superiors.contains(candidate);
    }
}
