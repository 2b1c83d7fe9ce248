package org.servicepolicy.service;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;

/**
 * A nonconformity in an employee's service record (§2.3.1): which standard, how serious, when,
 * and what showed it. It never names who recorded it.
 *
 * @param id         identifier
 * @param employee   whose record it is in
 * @param standard   the standard not met
 * @param severity   how serious the nonconformity is
 * @param observedAt when the conduct happened
 * @param source     what made the finding
 * @param sourceId   the record of the source: for supervision, the observation's id
 * @param recordedAt when the finding was made
 */
public record ServiceFinding(String id, EmployeeId employee, ServiceStandard standard, Severity severity,
                             Instant observedAt, FindingSource source, String sourceId, Instant recordedAt) {
    /** Requires every part and well-formed ids. */
    public ServiceFinding {
        Ids.requireValid("ServiceFinding.id", id);
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(observedAt, "observedAt");
        Objects.requireNonNull(source, "source");
        Ids.requireValid("ServiceFinding.sourceId", sourceId);
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
