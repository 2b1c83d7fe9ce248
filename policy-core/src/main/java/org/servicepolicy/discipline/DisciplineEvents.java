package org.servicepolicy.discipline;

import java.time.Instant;
import java.util.Map;
import org.servicepolicy.kernel.DomainEvent;

/** Events of the discipline capability. */
public final class DisciplineEvents {
    private DisciplineEvents() {
    }

    /** A violation was recorded. */
    public record ViolationRecorded(String violationId, String employeeId, String violationType, String severity,
                                    Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return violationId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employeeId, "violationType", violationType, "severity", severity);
        }
    }

    /** A violation stopped counting (covered by approved leave, or its penalty revoked). */
    public record ViolationVoided(String violationId, String employeeId, String reason, Instant occurredAt)
            implements DomainEvent {
        @Override
        public String aggregateId() {
            return violationId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employeeId, "reason", reason);
        }
    }

    /** A penalty entered a status of its lifecycle (PenaltyProposed, PenaltyIssued, ...). */
    public record PenaltyStatusChanged(String penaltyId, String employeeId, String step, String status,
                                       Instant occurredAt) implements DomainEvent {
        @Override
        public String type() {
            return "Penalty" + switch (status) {
                case "PROPOSED" -> "Proposed";
                case "ISSUED" -> "Issued";
                case "WITHDRAWN" -> "Withdrawn";
                case "APPEALED" -> "Appealed";
                case "UPHELD" -> "Upheld";
                default -> "Revoked";
            };
        }

        @Override
        public String aggregateId() {
            return penaltyId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employeeId, "step", step, "status", status);
        }
    }

    /** A leave request was made, approved or rejected. */
    public record LeaveRequestChanged(String leaveRequestId, String employeeId, String status, Instant occurredAt)
            implements DomainEvent {
        @Override
        public String type() {
            return "Leave" + switch (status) {
                case "REQUESTED" -> "Requested";
                case "APPROVED" -> "Approved";
                default -> "Rejected";
            };
        }

        @Override
        public String aggregateId() {
            return leaveRequestId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employeeId, "status", status);
        }
    }
}
