package org.servicepolicy.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.Grade;

/** Events of the compliance assessment (§3.3.1): cycles opened and finalized, evaluations, grades. */
public sealed interface AssessmentEvent extends DomainEvent {
    /** The cycle the event belongs to. */
    AssessmentCycleId cycle();

    /** HR opened an assessment cycle. */
    record AssessmentCycleOpened(AssessmentCycleId cycle, String name, LocalDate from, LocalDate to, CycleScope scope,
                                 Instant occurredAt) implements AssessmentEvent {
        /** Requires every part. */
        public AssessmentCycleOpened {
            Objects.requireNonNull(cycle, "cycle");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return cycle.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("name", name, "from", from.toString(), "to", to.toString(), "scope", scope.toString());
        }
    }

    /**
     * An evaluation was submitted. The evaluator is not part of it, so that no subscriber can
     * reveal a peer to the person evaluated.
     */
    record EvaluationSubmitted(EvaluationId evaluation, AssessmentCycleId cycle, EmployeeId employee,
                               EvaluatorRole role, Instant occurredAt) implements AssessmentEvent {
        /** Requires every part. */
        public EvaluationSubmitted {
            Objects.requireNonNull(evaluation, "evaluation");
            Objects.requireNonNull(cycle, "cycle");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return evaluation.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("cycleId", cycle.value(), "employeeId", employee.value(), "role", role.name());
        }
    }

    /** An employee's grade in a cycle was finalized. */
    record GradeAssigned(AssessmentCycleId cycle, EmployeeId employee, Grade grade, BigDecimal total,
                         DecisionId decision, Instant occurredAt) implements AssessmentEvent {
        /** Requires every part. */
        public GradeAssigned {
            Objects.requireNonNull(cycle, "cycle");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return cycle.value() + "/" + employee.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("cycleId", cycle.value(), "employeeId", employee.value(), "grade", grade.name(),
                    "total", total.toPlainString(), "decisionId", decision.value());
        }
    }

    /** HR finalized a cycle; its grades are locked. */
    record AssessmentCycleFinalized(AssessmentCycleId cycle, int grades, Instant occurredAt) implements AssessmentEvent {
        /** Requires every part and a count that is not negative. */
        public AssessmentCycleFinalized {
            Objects.requireNonNull(cycle, "cycle");
            Objects.requireNonNull(occurredAt, "occurredAt");
            if (grades < 0) {
                throw new IllegalArgumentException("a cycle holds no negative number of grades");
            }
        }

        @Override
        public String aggregateId() {
            return cycle.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("grades", Integer.toString(grades));
        }
    }
}
