package org.servicepolicy.service.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceBand;
import org.servicepolicy.policy.ServiceDimension;

/**
 * An employee's finalised service evaluation of a period (§2.3.3, §5.2.2): the weighted score,
 * its band, each dimension's score, and the decision whose reasons give every method, input and
 * deduction.
 *
 * @param id              identifier
 * @param period          the period
 * @param periodFrom      its first day
 * @param periodTo        its last day
 * @param employee        who was evaluated
 * @param department      their department when the period was finalised
 * @param score           0 to 100, to two decimals
 * @param band            the band the score falls in
 * @param dimensionScores the score, 0 to 100 to two decimals, of each dimension that had inputs
 * @param decision        the decision that explains it
 * @param policyVersion   the policy version that scored it
 * @param finalisedAt     when the period was finalised
 */
public record ServiceEvaluationResult(String id, ServiceEvaluationPeriodId period, LocalDate periodFrom,
                                      LocalDate periodTo, EmployeeId employee, DepartmentId department,
                                      BigDecimal score, ServiceBand band,
                                      Map<ServiceDimension, BigDecimal> dimensionScores, DecisionId decision,
                                      String policyVersion, Instant finalisedAt) {
    /** Requires every part and a score for at least one dimension. */
    public ServiceEvaluationResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(band, "band");
        var all = new EnumMap<ServiceDimension, BigDecimal>(ServiceDimension.class);
        all.putAll(dimensionScores);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("a result scores at least one dimension");
        }
        dimensionScores = Collections.unmodifiableMap(all);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(finalisedAt, "finalisedAt");
    }
}
