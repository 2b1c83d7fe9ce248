package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.EmployeeId;

/**
 * A stored decision and its explanation.
 *
 * @param id            identifier
 * @param kind          what was decided, e.g. {@code discipline.penalty-proposal}
 * @param subjectId     the employee it is about
 * @param outcome       the outcome, e.g. {@code FINE}
 * @param reasons       why, clause by clause, in order
 * @param policyVersion the policy version applied
 * @param factAt        when the deciding fact happened
 * @param decidedAt     when the decision was taken
 * @param decidedBy     who caused it, when a person did
 */
public record DecisionView(String id, String kind, String subjectId, String outcome, List<ReasonView> reasons,
                           String policyVersion, Instant factAt, Instant decidedAt, String decidedBy) {
    /** The view of {@code decision}. */
    public static DecisionView of(Decision decision) {
        return new DecisionView(decision.id().value(), decision.kind().id(), decision.subject().value(), decision.outcome(),
                decision.reasons().stream().map(ReasonView::of).toList(), decision.policyVersion(), decision.factAt(),
                decision.decidedAt(), decision.decidedBy().map(EmployeeId::value).orElse(null));
    }
}
