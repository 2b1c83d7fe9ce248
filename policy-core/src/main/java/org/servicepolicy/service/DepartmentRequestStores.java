package org.servicepolicy.service;

import java.util.Objects;
import org.servicepolicy.meetings.DepartmentResponderStore;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;

/**
 * The ports requests between departments read and write (§2.2.1).
 *
 * @param requests    the requests and their marks
 * @param supervision the findings in employees' service records
 * @param employees   the requesters, addressees and managers
 * @param departments the departments asked
 * @param policies    the policy versions
 * @param responders  the responders the departments asked name (§5.1.1)
 */
public record DepartmentRequestStores(DepartmentRequestStore requests, SupervisionStore supervision,
                                      EmployeeStore employees, DepartmentStore departments, PolicyService policies,
                                      DepartmentResponderStore responders) {
    /** Requires every port. */
    public DepartmentRequestStores {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(departments, "departments");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(responders, "responders");
    }
}
