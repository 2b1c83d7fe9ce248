package org.servicepolicy.assessment;

import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * What one evaluator group gave an employee: the mean of its evaluations per component.
 *
 * @param role    superior, peers or self
 * @param count   how many evaluations the group gave
 * @param mean    the mean scores, to two decimals (half up)
 * @param standIn for the superior, who gave it in the place of a direct superior no longer
 *                employed (§3.3.1); empty otherwise
 */
public record GroupScore(EvaluatorRole role, int count, ComponentValues mean, Optional<StandIn> standIn) {
    /** Requires every part and at least one evaluation. */
    public GroupScore {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(standIn, "standIn");
        if (count < 1) {
            throw new IllegalArgumentException("a group score needs at least one evaluation");
        }
    }
}
