package org.servicepolicy.rest;

import org.servicepolicy.discipline.RecordedViolation;

/**
 * The answer to {@code POST /api/v1/violations}: the violation, the penalty the ladder proposed
 * (absent when the points reach no step) and the decisions that explain them.
 *
 * @param violation            the stored violation
 * @param penalty              the proposed penalty
 * @param decision             the ladder's decision, with its reasons (§3.3.3)
 * @param compensationDecision the compensation decision, for property damage (§3.2.2)
 */
public record RecordedViolationView(ViolationView violation, PenaltyView penalty, DecisionView decision,
                                    DecisionView compensationDecision) {
    /** The view of {@code recorded}. */
    public static RecordedViolationView of(RecordedViolation recorded) {
        return new RecordedViolationView(ViolationView.of(recorded.violation()),
                recorded.penalty().map(PenaltyView::of).orElse(null), DecisionView.of(recorded.proposal()),
                recorded.compensationDecision().map(DecisionView::of).orElse(null));
    }
}
