package org.servicepolicy.assessment;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/**
 * A violation of the assessed period that was not voided, as grading needs it (§3.3.3).
 *
 * @param id         the violation
 * @param type       which rule was broken
 * @param severity   how serious
 * @param occurredAt when
 */
public record PeriodViolation(ViolationId id, ViolationType type, Severity severity, Instant occurredAt) {
    /** Requires every part. */
    public PeriodViolation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
