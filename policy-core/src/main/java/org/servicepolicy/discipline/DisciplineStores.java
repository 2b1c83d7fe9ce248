package org.servicepolicy.discipline;

import java.util.Objects;
import org.servicepolicy.people.EmployeeStore;

/**
 * The ports work discipline reads and writes.
 *
 * @param violations the violations
 * @param penalties  the penalties
 * @param leave      the leave requests
 * @param employees  the employees, whose level and status penalties change
 */
public record DisciplineStores(ViolationStore violations, PenaltyStore penalties, LeaveRequestStore leave,
                               EmployeeStore employees) {
    /** Requires every port. */
    public DisciplineStores {
        Objects.requireNonNull(violations, "violations");
        Objects.requireNonNull(penalties, "penalties");
        Objects.requireNonNull(leave, "leave");
        Objects.requireNonNull(employees, "employees");
    }
}
