package org.servicepolicy.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;

/**
 * What the service supervision group observed of service conduct against one standard (§2.3.1).
 *
 * @param id             identifier
 * @param standard       the standard checked
 * @param method         on-site observation, internal spot check or customer feedback
 * @param outcome        conforming, or a nonconformity
 * @param severity       for a nonconformity, how serious it is; empty when conforming
 * @param severityReason why the recorder stated a severity other than the standard's, if they did
 * @param evidence       what was observed
 * @param concerned      the employees concerned, in id order; at least one for a nonconformity
 * @param observedAt     when the conduct was observed
 * @param recordedAt     when the observation was recorded
 * @param recordedBy     who recorded it; empty where the reader is an employee concerned, from
 *                       whom the recorder is hidden
 * @param policyVersion  the policy version in force at {@code observedAt}
 */
public record Observation(ObservationId id, ServiceStandard standard, ObservationMethod method,
                          ObservationOutcome outcome, Optional<Severity> severity, Optional<String> severityReason,
                          String evidence, List<EmployeeId> concerned, Instant observedAt, Instant recordedAt,
                          Optional<EmployeeId> recordedBy, String policyVersion) {
    /** Requires every part; a nonconformity has a severity and someone concerned, a conforming observation no severity. */
    public Observation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(severityReason, "severityReason");
        Objects.requireNonNull(evidence, "evidence");
        concerned = concerned.stream().distinct().sorted((a, b) -> a.value().compareTo(b.value())).toList();
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(policyVersion, "policyVersion");
        boolean nonconformity = outcome == ObservationOutcome.NONCONFORMITY;
        if (nonconformity != severity.isPresent() || nonconformity && concerned.isEmpty()) {
            throw new IllegalArgumentException("a nonconformity has a severity and an employee concerned; "
                    + "a conforming observation has no severity");
        }
    }

    /** This observation as an employee concerned reads it: without who recorded it. */
    public Observation withoutRecorder() {
        return new Observation(id, standard, method, outcome, severity, severityReason, evidence, concerned,
                observedAt, recordedAt, Optional.empty(), policyVersion);
    }
}
