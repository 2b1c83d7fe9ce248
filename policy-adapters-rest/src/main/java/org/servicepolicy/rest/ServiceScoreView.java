package org.servicepolicy.rest;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.service.evaluation.InternalScoreView;
import org.servicepolicy.service.evaluation.ScorerRole;

/**
 * An internal score of a service evaluation (§2.3.3).
 *
 * @param periodId   the period
 * @param employeeId who was scored
 * @param role       SUPERIOR or SUPERVISION_GROUP
 * @param scorerId   who scored; absent for the employee scored
 * @param scores     0 to 100 by dimension
 * @param scoredAt   when
 */
public record ServiceScoreView(String periodId, String employeeId, ScorerRole role, String scorerId,
                               Map<String, Integer> scores, Instant scoredAt) {
    /** The view of {@code score}. */
    public static ServiceScoreView of(InternalScoreView score) {
        var scores = new TreeMap<String, Integer>();
        score.scores().forEach((dimension, value) -> scores.put(dimension.name(), value));
        return new ServiceScoreView(score.period().value(), score.employee().value(), score.role(),
                score.scorer().map(EmployeeId::value).orElse(null), scores, score.scoredAt());
    }
}
