package org.servicepolicy.assessment;

import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * What grading needs of an evaluation: who gave it, relative to the employee, and the scores.
 * No evaluator identity, so that nothing derived from it can reveal a peer; only a superior
 * evaluation given in a departed superior's place names who stood in, which §3.3.1 explains.
 *
 * @param role    superior, peer or self
 * @param scores  the three component scores
 * @param standIn who gave a superior evaluation in whose place, when the direct superior is no
 *                longer employed; empty otherwise
 */
public record ScoredEvaluation(EvaluatorRole role, ComponentScores scores, Optional<StandIn> standIn) {
    /** Requires every part, and a stand-in only for a superior evaluation. */
    public ScoredEvaluation {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(standIn, "standIn");
        if (standIn.isPresent() && role != EvaluatorRole.SUPERIOR) {
            throw new IllegalArgumentException("only a superior evaluation is given in someone's place");
        }
    }

    /** An evaluation given by whom its role names, nobody standing in. */
    public ScoredEvaluation(EvaluatorRole role, ComponentScores scores) {
        this(role, scores, Optional.empty());
    }
}
