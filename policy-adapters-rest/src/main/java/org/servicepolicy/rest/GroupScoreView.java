package org.servicepolicy.rest;

import org.servicepolicy.assessment.GroupScore;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * What one evaluator group gave an employee (§3.3.1); never who its members were.
 *
 * @param role  SUPERIOR, PEER or SELF
 * @param count how many evaluations the group gave
 * @param mean  the group's mean score per component
 */
public record GroupScoreView(EvaluatorRole role, int count, ComponentValuesView mean) {
    /** The view of {@code group}. */
    public static GroupScoreView of(GroupScore group) {
        return new GroupScoreView(group.role(), group.count(), ComponentValuesView.of(group.mean()));
    }
}
