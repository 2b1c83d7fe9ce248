package org.servicepolicy.assessment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * One evaluation of one employee in one cycle (§3.3.1). Evaluations are never changed once
 * submitted, so they carry no version; an evaluator evaluates a person once per cycle.
 *
 * @param id          identifier
 * @param cycle       the cycle
 * @param evaluated   who is evaluated
 * @param evaluator   who evaluates
 * @param role        the evaluator's role towards the evaluated, fixed when submitted
 * @param standIn     for a superior evaluation given in the place of a direct superior no longer
 *                    employed, who stood in for whom and why (§3.3.1); empty otherwise
 * @param scores      the three component scores
 * @param comment     the evaluator's comment
 * @param submittedAt when it was submitted
 */
public record Evaluation(EvaluationId id, AssessmentCycleId cycle, EmployeeId evaluated, EmployeeId evaluator,
                         EvaluatorRole role, Optional<StandIn> standIn, ComponentScores scores, String comment, Instant submittedAt) {
    /** Requires every part; a stand-in gives a superior evaluation and is its evaluator. */
    public Evaluation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(evaluated, "evaluated");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(standIn, "standIn");
        if (standIn.isPresent() && (role != EvaluatorRole.SUPERIOR || !standIn.get().evaluator().equals(evaluator))) {
            throw new IllegalArgumentException("only its evaluator stands in, and only for a superior evaluation");
        }
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** What grading needs of it. */
    public ScoredEvaluation scored() {
        return new ScoredEvaluation(role, scores, standIn);
    }
}
