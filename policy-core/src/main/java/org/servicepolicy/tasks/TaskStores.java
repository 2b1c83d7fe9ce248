package org.servicepolicy.tasks;

import java.util.Objects;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;

/**
 * The ports the tasks area reads and writes (§3.1).
 *
 * @param tasks       the tasks and the sweep's marks
 * @param employees   the assignees, the people copied and the reporting line
 * @param departments the departments copied
 * @param policies    the policy versions: the one in force at each deciding fact
 * @param violations  where an unjustified refusal is recorded as a violation (§3.1.1, §3.3.3)
 */
public record TaskStores(TaskStore tasks, EmployeeStore employees, DepartmentStore departments,
                         PolicyService policies, RefusalViolations violations) {
    /** Requires every port. */
    public TaskStores {
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(departments, "departments");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(violations, "violations");
    }
}
