package org.servicepolicy.meetings;

import java.util.Objects;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;

/**
 * The ports meetings, their action items and the departments' responders read and write (§5.1).
 *
 * @param meetings    the meetings, their action items and the marks of overdue ones
 * @param responders  the departments' responders
 * @param employees   owners, invitees, responders and managers
 * @param departments the departments meetings are held for and responders are named in
 * @param policies    the policy versions
 */
public record MeetingStores(MeetingStore meetings, DepartmentResponderStore responders, EmployeeStore employees,
                            DepartmentStore departments, PolicyService policies) {
    /** Requires every port. */
    public MeetingStores {
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(responders, "responders");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(departments, "departments");
        Objects.requireNonNull(policies, "policies");
    }
}
