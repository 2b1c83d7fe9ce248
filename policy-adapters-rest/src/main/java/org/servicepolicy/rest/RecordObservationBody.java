package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.ObservationMethod;
import org.servicepolicy.service.ObservationOutcome;
import org.servicepolicy.service.RecordObservation;

/**
 * Body of {@code POST /api/v1/service-observations} (§2.3.1). The core checks it and lists every
 * problem at once.
 *
 * @param standard       the service standard checked
 * @param method         ON_SITE, SPOT_CHECK or CUSTOMER_FEEDBACK
 * @param outcome        CONFORMING or NONCONFORMITY
 * @param observedAt     when the conduct was observed (ISO-8601 instant, not in the future)
 * @param severity       for a nonconformity, a severity other than the standard's; needs severityReason
 * @param severityReason why the recorder states that severity
 * @param evidence       what was observed
 * @param employeeIds    the employees concerned: at least one for a nonconformity
 */
public record RecordObservationBody(ServiceStandard standard, ObservationMethod method, ObservationOutcome outcome,
                                    Instant observedAt, Severity severity, String severityReason, String evidence,
                                    List<String> employeeIds) {
    /** The core command. */
    public RecordObservation toCommand() {
        return new RecordObservation(standard, method, outcome, observedAt, severity, severityReason, evidence,
                employeeIds);
    }
}
