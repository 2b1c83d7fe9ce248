package org.servicepolicy.assessment;

import java.util.Objects;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * What one evaluator group gave an employee: the mean of its evaluations per component.
 *
 * @param role  superior, peers or self
 * @param count how many evaluations the group gave
 * @param mean  the mean scores, to two decimals (half up)
 */
public record GroupScore(EvaluatorRole role, int count, ComponentValues mean) {
    /** Requires every part and at least one evaluation. */
    public GroupScore {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(mean, "mean");
        if (count < 1) {
            throw new IllegalArgumentException("a group score needs at least one evaluation");
        }
    }
}
