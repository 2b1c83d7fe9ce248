package org.servicepolicy.service.evaluation;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.discipline.RecordedViolation;

/**
 * The result of finalising a service evaluation period (§2.3.3).
 *
 * @param period     the finalised period
 * @param results    its results, by employee
 * @param followUps  the training follow-ups opened for SUBSTANDARD results
 * @param violations the violations SUBSTANDARD results recorded, with the ladder's proposals
 */
public record FinalisedServicePeriod(ServiceEvaluationPeriod period, List<ServiceEvaluationResult> results,
                                     List<ServiceTrainingFollowUp> followUps, List<RecordedViolation> violations) {
    /** Requires every part. */
    public FinalisedServicePeriod {
        Objects.requireNonNull(period, "period");
        results = List.copyOf(results);
        followUps = List.copyOf(followUps);
        violations = List.copyOf(violations);
    }
}
