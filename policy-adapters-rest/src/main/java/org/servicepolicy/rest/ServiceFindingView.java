package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.FindingSource;
import org.servicepolicy.service.ServiceFinding;

/**
 * A finding in an employee's service record (§2.3.1); it never names who recorded it.
 *
 * @param id         identifier
 * @param employeeId whose record
 * @param standard   the standard not met
 * @param clause     the clause the standard makes measurable
 * @param severity   how serious
 * @param observedAt when the conduct happened
 * @param source     what made it: SUPERVISION
 * @param sourceId   the source's record: the observation's id
 * @param recordedAt when it was made
 */
public record ServiceFindingView(String id, String employeeId, ServiceStandard standard, String clause,
                                 Severity severity, Instant observedAt, FindingSource source, String sourceId,
                                 Instant recordedAt) {
    /** The view of {@code finding}. */
    public static ServiceFindingView of(ServiceFinding finding) {
        return new ServiceFindingView(finding.id(), finding.employee().value(), finding.standard(),
                finding.standard().clause(), finding.severity(), finding.observedAt(), finding.source(),
                finding.sourceId(), finding.recordedAt());
    }
}
