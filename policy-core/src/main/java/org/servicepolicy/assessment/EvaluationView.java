package org.servicepolicy.assessment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * An evaluation as a reader may see it. The evaluator is empty for a peer evaluation shown to
 * the evaluated employee: peers are anonymous to the person they evaluate (§3.3.1, §1.3.3).
 *
 * @param id          identifier
 * @param cycle       the cycle
 * @param evaluated   who is evaluated
 * @param role        superior, peer or self
 * @param evaluator   who evaluated, unless hidden from this reader
 * @param standIn     for a superior evaluation given in the place of a direct superior no longer
 *                    employed, who stood in for whom (§3.3.1); empty otherwise
 * @param scores      the three component scores
 * @param comment     the evaluator's comment
 * @param submittedAt when it was submitted
 */
public record EvaluationView(EvaluationId id, AssessmentCycleId cycle, EmployeeId evaluated, EvaluatorRole role,
                             Optional<EmployeeId> evaluator, Optional<StandIn> standIn, ComponentScores scores, String comment,
                             Instant submittedAt) {
    /** Requires every part. */
    public EvaluationView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(evaluated, "evaluated");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(standIn, "standIn");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** {@code evaluation} with its evaluator shown or hidden. */
    public static EvaluationView of(Evaluation evaluation, boolean showEvaluator) {
        return new EvaluationView(evaluation.id(), evaluation.cycle(), evaluation.evaluated(), evaluation.role(),
                showEvaluator ? Optional.of(evaluation.evaluator()) : Optional.empty(), evaluation.standIn(),
                evaluation.scores(),
                evaluation.comment(), evaluation.submittedAt());
    }
}
