package org.servicepolicy.assessment;

import java.time.Instant;
import java.util.Map;
import org.servicepolicy.kernel.DomainEvent;

/** Events of the compliance assessment (§3.3.1). */
public final class AssessmentEvents {
    private AssessmentEvents() {
    }

    /** HR opened an assessment cycle. */
    public record AssessmentCycleOpened(String cycleId, String name, String from, String to, String scope,
                                        Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return cycleId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("name", name, "from", from, "to", to, "scope", scope);
        }
    }

    /**
     * An evaluation was submitted. The evaluator is not among the attributes, so that no
     * subscriber can reveal a peer to the person evaluated.
     */
    public record EvaluationSubmitted(String evaluationId, String cycleId, String employeeId, String role,
                                      Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return evaluationId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("cycleId", cycleId, "employeeId", employeeId, "role", role);
        }
    }

    /** An employee's grade in a cycle was finalized. */
    public record GradeAssigned(String cycleId, String employeeId, String grade, String total, String decisionId,
                                Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return cycleId + "/" + employeeId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("cycleId", cycleId, "employeeId", employeeId, "grade", grade, "total", total,
                    "decisionId", decisionId);
        }
    }

    /** HR finalized a cycle; its grades are locked. */
    public record AssessmentCycleFinalized(String cycleId, int grades, Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return cycleId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("grades", Integer.toString(grades));
        }
    }
}
