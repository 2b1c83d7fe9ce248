package org.servicepolicy.rewards;

import java.util.Objects;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;

/**
 * The ports rewards read and write.
 *
 * @param rewards   the rewards
 * @param employees the employees: who earns a reward, who may see it
 * @param policies  the policy versions, whose reward rules turn achievements into rewards
 */
public record RewardStores(RewardStore rewards, EmployeeStore employees, PolicyService policies) {
    /** Requires every port. */
    public RewardStores {
        Objects.requireNonNull(rewards, "rewards");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(policies, "policies");
    }
}
