package org.servicepolicy.assessment;

import java.util.Objects;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * What grading needs of an evaluation: who gave it, relative to the employee, and the scores.
 * No evaluator identity, so that nothing derived from it can reveal a peer.
 *
 * @param role   superior, peer or self
 * @param scores the three component scores
 */
public record ScoredEvaluation(EvaluatorRole role, ComponentScores scores) {
    /** Requires both parts. */
    public ScoredEvaluation {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scores, "scores");
    }
}
