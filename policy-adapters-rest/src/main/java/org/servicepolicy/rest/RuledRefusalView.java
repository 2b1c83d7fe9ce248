package org.servicepolicy.rest;

import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.tasks.RuledRefusal;

/**
 * The answer to {@code POST /api/v1/tasks/{id}/rule-refusal} (§3.1.1). For an unjustified
 * refusal it carries the TASK_REFUSED_WITHOUT_VALID_REASON violation recorded against the
 * assignee, the penalty the ladder proposed for it and the decision that explains the proposal
 * (§3.3.3), all stored in the same transaction as the ruling.
 *
 * @param task      the task after the ruling: CLOSED when justified, ASSIGNED again when not
 * @param violation the violation recorded; absent for a justified refusal
 * @param penalty   the proposed penalty; absent for a justified refusal or when the points reach no step
 * @param decision  the ladder's decision, with its reasons; absent for a justified refusal
 */
public record RuledRefusalView(TaskView task, ViolationView violation, PenaltyView penalty, DecisionView decision) {
    /** The view of {@code ruled}, its task carrying {@code task}'s marks. */
    public static RuledRefusalView of(RuledRefusal ruled, TaskView task) {
        var recorded = ruled.violation();
        return new RuledRefusalView(task, recorded.map(r -> ViolationView.of(r.violation())).orElse(null),
                recorded.flatMap(RecordedViolation::penalty).map(PenaltyView::of).orElse(null),
                recorded.map(r -> DecisionView.of(r.proposal())).orElse(null));
    }
}
