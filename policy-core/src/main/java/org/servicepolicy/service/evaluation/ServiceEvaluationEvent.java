package org.servicepolicy.service.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.assessment.CycleScope;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceBand;

/** Events of the periodic service evaluation (§2.3.3). None names who gave an internal score. */
public sealed interface ServiceEvaluationEvent extends DomainEvent {
    /**
     * HR opened a period.
     *
     * @param period     which
     * @param from       first day
     * @param to         last day
     * @param scope      whom it covers
     * @param occurredAt when
     */
    record PeriodOpened(ServiceEvaluationPeriodId period, LocalDate from, LocalDate to, CycleScope scope,
                        Instant occurredAt) implements ServiceEvaluationEvent {
        /** Requires every part. */
        public PeriodOpened {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "ServiceEvaluationPeriodOpened";
        }

        @Override
        public String aggregateId() {
            return period.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("from", from.toString(), "to", to.toString(), "scope", scope.toString());
        }
    }

    /**
     * An employee's result of a finalised period.
     *
     * @param period     the period
     * @param employee   who
     * @param score      the score
     * @param band       its band
     * @param occurredAt when the period was finalised
     */
    record ResultFinalised(ServiceEvaluationPeriodId period, EmployeeId employee, BigDecimal score, ServiceBand band,
                           Instant occurredAt) implements ServiceEvaluationEvent {
        /** Requires every part. */
        public ResultFinalised {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "ServiceEvaluationResultFinalised";
        }

        @Override
        public String aggregateId() {
            return period.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "score", score.toPlainString(), "band", band.name());
        }
    }

    /**
     * A training follow-up was opened for a SUBSTANDARD result, for the training capability.
     *
     * @param followUp   which
     * @param employee   who
     * @param kind       coaching or remedial training
     * @param occurredAt when
     */
    record FollowUpOpened(String followUp, EmployeeId employee, String kind, Instant occurredAt)
            implements ServiceEvaluationEvent {
        /** Requires every part. */
        public FollowUpOpened {
            Objects.requireNonNull(followUp, "followUp");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "ServiceTrainingFollowUpOpened";
        }

        @Override
        public String aggregateId() {
            return followUp;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "kind", kind);
        }
    }
}
