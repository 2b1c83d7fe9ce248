package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.Observation;
import org.servicepolicy.service.ObservationMethod;
import org.servicepolicy.service.ObservationOutcome;

/**
 * An observation of the service supervision group (§2.3.1).
 *
 * @param id             identifier
 * @param standard       the standard checked
 * @param clause         the clause the standard makes measurable
 * @param method         ON_SITE, SPOT_CHECK or CUSTOMER_FEEDBACK
 * @param outcome        CONFORMING or NONCONFORMITY
 * @param severity       a nonconformity's severity
 * @param severityReason why the recorder stated a severity other than the standard's
 * @param evidence       what was observed
 * @param employeeIds    the employees concerned, in id order
 * @param observedAt     when the conduct was observed
 * @param recordedAt     when it was recorded
 * @param recordedBy     who recorded it; absent for an employee it concerns
 * @param policyVersion  the policy version in force when it was observed
 */
public record ObservationView(String id, ServiceStandard standard, String clause, ObservationMethod method,
                              ObservationOutcome outcome, Severity severity, String severityReason, String evidence,
                              List<String> employeeIds, Instant observedAt, Instant recordedAt, String recordedBy,
                              String policyVersion) {
    /** The view of {@code observation}. */
    public static ObservationView of(Observation observation) {
        return new ObservationView(observation.id().value(), observation.standard(), observation.standard().clause(),
                observation.method(), observation.outcome(), observation.severity().orElse(null),
                observation.severityReason().orElse(null), observation.evidence(),
                observation.concerned().stream().map(EmployeeId::value).toList(), observation.observedAt(),
                observation.recordedAt(), observation.recordedBy().map(EmployeeId::value).orElse(null),
                observation.policyVersion());
    }
}
