package org.servicepolicy.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.servicepolicy.policy.ServiceBand;
import org.servicepolicy.service.evaluation.ServiceEvaluationResult;

/**
 * An employee's finalised service evaluation (§2.3.3, §5.2.2); its decision gives every
 * dimension, method, input and deduction as reasons.
 *
 * @param id              identifier
 * @param periodId        the period
 * @param periodFrom      its first day
 * @param periodTo        its last day
 * @param employeeId      who was evaluated
 * @param departmentId    their department
 * @param score           0 to 100, to two decimals
 * @param band            EXCELLENT, STANDARD or SUBSTANDARD
 * @param dimensionScores the score of each dimension that had inputs
 * @param decisionId      the decision that explains it
 * @param policyVersion   the policy version that scored it
 * @param finalisedAt     when the period was finalised
 */
public record ServiceEvaluationResultView(String id, String periodId, LocalDate periodFrom, LocalDate periodTo,
                                          String employeeId, String departmentId, BigDecimal score, ServiceBand band,
                                          Map<String, BigDecimal> dimensionScores, String decisionId,
                                          String policyVersion, Instant finalisedAt) {
    /** The view of {@code result}. */
    public static ServiceEvaluationResultView of(ServiceEvaluationResult result) {
        var dimensions = new TreeMap<String, BigDecimal>();
        result.dimensionScores().forEach((dimension, value) -> dimensions.put(dimension.name(), value));
        return new ServiceEvaluationResultView(result.id(), result.period().value(), result.periodFrom(),
                result.periodTo(), result.employee().value(), result.department().value(), result.score(),
                result.band(), dimensions, result.decision().value(), result.policyVersion(), result.finalisedAt());
    }
}
