package org.servicepolicy.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;

/** Events of service supervision (§2.3.1). None names who recorded an observation. */
public sealed interface ServiceEvent extends DomainEvent {
    /**
     * The supervision group recorded an observation.
     *
     * @param observation which
     * @param standard    the standard checked
     * @param method      how
     * @param outcome     conforming or a nonconformity
     * @param severity    the nonconformity's severity
     * @param concerned   the employees concerned
     * @param occurredAt  when it was recorded
     */
    record ObservationRecorded(ObservationId observation, ServiceStandard standard, ObservationMethod method,
                               ObservationOutcome outcome, Optional<Severity> severity, List<EmployeeId> concerned,
                               Instant occurredAt) implements ServiceEvent {
        /** Requires every part. */
        public ObservationRecorded {
            Objects.requireNonNull(observation, "observation");
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(severity, "severity");
            concerned = List.copyOf(concerned);
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String type() {
            return "ServiceObservationRecorded";
        }

        @Override
        public String aggregateId() {
            return observation.value();
        }

        @Override
        public Map<String, String> attributes() {
            var out = new LinkedHashMap<String, String>();
            out.put("standard", standard.name());
            out.put("method", method.name());
            out.put("outcome", outcome.name());
            out.put("severity", severity.map(Severity::name).orElse(""));
            out.put("employeeIds", concerned.stream().map(EmployeeId::value).collect(Collectors.joining(",")));
            return out;
        }
    }

    /**
     * A finding entered an employee's service record.
     *
     * @param finding    which
     * @param employee   whose record
     * @param standard   the standard not met
     * @param severity   how serious
     * @param source     what made it
     * @param sourceId   the source's record
     * @param occurredAt when it was made
     */
    record FindingRecorded(String finding, EmployeeId employee, ServiceStandard standard, Severity severity,
                           FindingSource source, String sourceId, Instant occurredAt) implements ServiceEvent {
        /** Requires every part. */
        public FindingRecorded {
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(standard, "standard");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        /** The event of {@code finding} being made. */
        public static FindingRecorded of(ServiceFinding finding) {
            return new FindingRecorded(finding.id(), finding.employee(), finding.standard(), finding.severity(),
                    finding.source(), finding.sourceId(), finding.recordedAt());
        }

        @Override
        public String type() {
            return "ServiceFindingRecorded";
        }

        @Override
        public String aggregateId() {
            return finding;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "standard", standard.name(), "severity", severity.name(),
                    "source", source.name(), "sourceId", sourceId);
        }
    }
}
