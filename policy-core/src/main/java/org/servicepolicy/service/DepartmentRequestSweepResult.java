package org.servicepolicy.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one sweep of requests between departments recorded (§2.2.1): only the requests this sweep
 * marked late, so a second sweep marks none, and the findings and violations they made.
 *
 * @param at         the instant swept for
 * @param marked     the requests this sweep marked
 * @param findings   one finding per request marked
 * @param violations the violations the findings proposed
 */
public record DepartmentRequestSweepResult(Instant at, List<DepartmentRequestId> marked,
                                           List<ServiceFinding> findings, List<FindingViolation> violations) {
    /** Requires every part. */
    public DepartmentRequestSweepResult {
        Objects.requireNonNull(at, "at");
        marked = List.copyOf(marked);
        findings = List.copyOf(findings);
        violations = List.copyOf(violations);
    }
}
