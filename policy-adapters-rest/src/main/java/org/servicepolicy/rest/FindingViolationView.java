package org.servicepolicy.rest;

import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.service.FindingViolation;

/**
 * A violation a service finding proposed (§2.3.1, §3.3.3).
 *
 * @param findingId        the finding
 * @param violationId      the company-rule violation recorded
 * @param proposedPenalty  the penalty the ladder proposed, if any
 * @param penaltyId        that penalty
 * @param ladderDecisionId the ladder's decision
 * @param decisionId       the decision that links the finding and the violation
 */
public record FindingViolationView(String findingId, String violationId, PenaltyStep proposedPenalty,
                                   String penaltyId, String ladderDecisionId, String decisionId) {
    /** The view of {@code proposed}. */
    public static FindingViolationView of(FindingViolation proposed) {
        var recorded = proposed.violation();
        return new FindingViolationView(proposed.finding().id(), recorded.violation().id().value(),
                recorded.penalty().map(p -> p.step()).orElse(null),
                recorded.penalty().map(p -> p.id().value()).orElse(null), recorded.proposal().id().value(),
                proposed.decision().id().value());
    }
}
