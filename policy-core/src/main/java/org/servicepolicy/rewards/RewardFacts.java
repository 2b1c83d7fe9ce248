package org.servicepolicy.rewards;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;

/** What the use cases of rewards load before they decide. */
public final class RewardFacts {
    private RewardFacts() {
    }

    /**
     * The facts of recognising an achievement.
     *
     * @param employee who achieved it, if they exist
     * @param policy   the version in force when the achievement happened
     * @param known    the employee's rewards so far: an achievement already recognised proposes
     *                 nothing new
     */
    public record Recognising(Optional<Employee> employee, PolicyDefinition policy, List<Reward> known) {
        /** Requires every part and copies the rewards. */
        public Recognising {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(policy, "policy");
            known = List.copyOf(known);
        }
    }
}
