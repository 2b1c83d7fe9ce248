package org.servicepolicy.career;

import java.util.Objects;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;

/**
 * The ports development plans read and write (§4.3.1).
 *
 * @param plans     the plans
 * @param employees the employees and their reporting lines
 * @param completed the training programmes each employee completed
 * @param policies  the policy versions
 */
public record DevelopmentPlanStores(DevelopmentPlanStore plans, EmployeeStore employees, CompletedProgrammes completed,
                                    PolicyService policies) {
    /** Requires every port. */
    public DevelopmentPlanStores {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(policies, "policies");
    }
}
