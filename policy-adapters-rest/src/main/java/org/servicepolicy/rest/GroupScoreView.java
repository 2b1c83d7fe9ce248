package org.servicepolicy.rest;

import org.servicepolicy.assessment.GroupScore;
import org.servicepolicy.assessment.StandIn;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * What one evaluator group gave an employee (§3.3.1); never who its members were, except who
 * stood in for a superior no longer employed, whom the missing evaluations named already.
 *
 * @param role         SUPERIOR, PEER or SELF
 * @param count        how many evaluations the group gave
 * @param mean         the group's mean score per component
 * @param standInId    for the superior, who evaluated in the place of a direct superior no longer
 *                     employed; absent otherwise
 * @param inPlaceOf    that direct superior; absent when nobody stood in
 * @param standInBasis why they stood in: NEXT_SUPERIOR, DEPARTMENT_MANAGER or HR; absent when
 *                     nobody stood in
 */
public record GroupScoreView(EvaluatorRole role, int count, ComponentValuesView mean, String standInId,
                             String inPlaceOf, StandIn.Basis standInBasis) {
    /** The view of {@code group}. */
    public static GroupScoreView of(GroupScore group) {
        var standIn = group.standIn();
        return new GroupScoreView(group.role(), group.count(), ComponentValuesView.of(group.mean()),
                standIn.map(StandIn::evaluator).map(EmployeeId::value).orElse(null),
                standIn.map(StandIn::inPlaceOf).map(EmployeeId::value).orElse(null),
                standIn.map(StandIn::basis).orElse(null));
    }
}
