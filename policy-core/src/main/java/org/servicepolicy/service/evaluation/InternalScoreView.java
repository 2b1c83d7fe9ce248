package org.servicepolicy.service.evaluation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceDimension;

/**
 * An internal score as a reader may see it: the employee scored sees the role, never who scored.
 *
 * @param period   the period
 * @param employee who was scored
 * @param role     the scorer's role
 * @param scorer   who scored, when the reader may know
 * @param scores   the scores by dimension
 * @param scoredAt when
 */
public record InternalScoreView(ServiceEvaluationPeriodId period, EmployeeId employee, ScorerRole role,
                                Optional<EmployeeId> scorer, Map<ServiceDimension, Integer> scores, Instant scoredAt) {
    /** Requires every part. */
    public InternalScoreView {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scorer, "scorer");
        scores = Map.copyOf(scores);
        Objects.requireNonNull(scoredAt, "scoredAt");
    }

    /** {@code score} as seen by a reader who {@code knowsScorer} or not. */
    public static InternalScoreView of(InternalScore score, boolean knowsScorer) {
        return new InternalScoreView(score.period(), score.employee(), score.role(),
                knowsScorer ? Optional.of(score.scorer()) : Optional.empty(), score.scores(), score.scoredAt());
    }
}
