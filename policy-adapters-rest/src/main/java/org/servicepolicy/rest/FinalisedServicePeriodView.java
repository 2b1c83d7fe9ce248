package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.policy.ServiceEvaluationPolicy.FollowUpKind;
import org.servicepolicy.service.evaluation.FinalisedServicePeriod;
import org.servicepolicy.service.evaluation.ServiceTrainingFollowUp;

/**
 * The answer to finalising a service evaluation period (§2.3.3).
 *
 * @param period       the finalised period
 * @param results      its results, by employee
 * @param followUps    the training follow-ups opened for SUBSTANDARD results
 * @param violationIds the violations SUBSTANDARD results recorded for the penalty ladder
 */
public record FinalisedServicePeriodView(ServiceEvaluationPeriodView period, List<ServiceEvaluationResultView> results,
                                         List<FollowUpView> followUps, List<String> violationIds) {
    /** The view of {@code finalised}. */
    public static FinalisedServicePeriodView of(FinalisedServicePeriod finalised) {
        return new FinalisedServicePeriodView(ServiceEvaluationPeriodView.of(finalised.period()),
                finalised.results().stream().map(ServiceEvaluationResultView::of).toList(),
                finalised.followUps().stream().map(FollowUpView::of).toList(),
                finalised.violations().stream().map(v -> v.violation().id().value()).toList());
    }

    /**
     * A training follow-up for the training capability.
     *
     * @param id         identifier
     * @param employeeId who is to be trained
     * @param kind       COACHING or REMEDIAL_TRAINING
     * @param resultId   the result that opened it
     * @param status     OPEN
     * @param createdAt  when
     */
    public record FollowUpView(String id, String employeeId, FollowUpKind kind, String resultId,
                               ServiceTrainingFollowUp.Status status, Instant createdAt) {
        /** The view of {@code followUp}. */
        public static FollowUpView of(ServiceTrainingFollowUp followUp) {
            return new FollowUpView(followUp.id(), followUp.employee().value(), followUp.kind(), followUp.result(),
                    followUp.status(), followUp.createdAt());
        }
    }
}
