package org.servicepolicy.discipline;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/** Events of work discipline (§3.2, §3.3.3): violations, penalties and leave. */
public sealed interface DisciplineEvent extends DomainEvent {
    /** The employee the event is about. */
    EmployeeId employee();

    /** A violation was recorded. */
    record ViolationRecorded(ViolationId violation, EmployeeId employee, ViolationType violationType,
                             Severity severity, Instant occurredAt) implements DisciplineEvent {
        /** Requires every part. */
        public ViolationRecorded {
            Objects.requireNonNull(violation, "violation");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(violationType, "violationType");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return violation.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "violationType", violationType.name(),
                    "severity", severity.name());
        }
    }

    /** A violation stopped counting (covered by approved leave, or its penalty revoked). */
    record ViolationVoided(ViolationId violation, EmployeeId employee, String reason, Instant occurredAt)
            implements DisciplineEvent {
        /** Requires every part. */
        public ViolationVoided {
            Objects.requireNonNull(violation, "violation");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return violation.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "reason", reason);
        }
    }

    /** A penalty entered a status of its lifecycle: PenaltyProposed, PenaltyIssued, ... */
    record PenaltyStatusChanged(PenaltyId penalty, EmployeeId employee, PenaltyStep step, PenaltyStatus status,
                                Instant occurredAt) implements DisciplineEvent {
        /** Requires every part. */
        public PenaltyStatusChanged {
            Objects.requireNonNull(penalty, "penalty");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        /** The event of {@code penalty} entering its current status at {@code at}. */
        static PenaltyStatusChanged of(Penalty penalty, Instant at) {
            return new PenaltyStatusChanged(penalty.id(), penalty.employee(), penalty.step(), penalty.status(), at);
        }

        @Override
        public String type() {
            return "Penalty" + switch (status) {
                case PROPOSED -> "Proposed";
                case ISSUED -> "Issued";
                case WITHDRAWN -> "Withdrawn";
                case APPEALED -> "Appealed";
                case UPHELD -> "Upheld";
                case REVOKED -> "Revoked";
            };
        }

        @Override
        public String aggregateId() {
            return penalty.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "step", step.name(), "status", status.name());
        }
    }

    /** A leave request was made, approved or rejected: LeaveRequested, LeaveApproved, LeaveRejected. */
    record LeaveRequestChanged(LeaveRequestId leaveRequest, EmployeeId employee, LeaveStatus status,
                               Instant occurredAt) implements DisciplineEvent {
        /** Requires every part. */
        public LeaveRequestChanged {
            Objects.requireNonNull(leaveRequest, "leaveRequest");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "Leave" + switch (status) {
                case REQUESTED -> "Requested";
                case APPROVED -> "Approved";
                case REJECTED -> "Rejected";
            };
        }

        @Override
        public String aggregateId() {
            return leaveRequest.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "status", status.name());
        }
    }
}
