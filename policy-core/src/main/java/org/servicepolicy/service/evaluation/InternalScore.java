package org.servicepolicy.service.evaluation;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceDimension;

/**
 * The internal evaluation of one employee in a period by one scorer role (§2.3.3): a score from
 * 0 to 100 for every dimension. One per role and employee: scoring again before the period is
 * finalised replaces it.
 *
 * @param period   the period
 * @param employee who is scored
 * @param role     the superior or the supervision group
 * @param scorer   who scored; shown to HR and managers, never to the employee scored
 * @param scores   a score (0 to 100) for every dimension
 * @param scoredAt when
 */
public record InternalScore(ServiceEvaluationPeriodId period, EmployeeId employee, ScorerRole role, EmployeeId scorer,
                            Map<ServiceDimension, Integer> scores, Instant scoredAt) {
    /** Requires every part and a score from 0 to 100 for every dimension. */
    public InternalScore {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(scoredAt, "scoredAt");
        var all = new EnumMap<ServiceDimension, Integer>(ServiceDimension.class);
        all.putAll(scores);
        if (all.size() != ServiceDimension.values().length
                || all.values().stream().anyMatch(s -> s == null || s < 0 || s > 100)) {
            throw new IllegalArgumentException("an internal score gives every dimension 0 to 100");
        }
        scores = Collections.unmodifiableMap(all);
    }
}
