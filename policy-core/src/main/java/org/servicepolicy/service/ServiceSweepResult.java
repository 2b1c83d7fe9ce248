package org.servicepolicy.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one service sweep recorded (§2.1.3, §2.1.4): only the marks this sweep made, so a second
 * sweep over the same records makes none, and the findings and violations they made.
 *
 * @param at         the instant swept for
 * @param marked     the marks this sweep made, case by case
 * @param findings   one finding per mark
 * @param violations the violations the findings proposed
 */
public record ServiceSweepResult(Instant at, List<ServiceRecordMark> marked, List<ServiceFinding> findings,
                                 List<FindingViolation> violations) {
    /** Requires every part. */
    public ServiceSweepResult {
        Objects.requireNonNull(at, "at");
        marked = List.copyOf(marked);
        findings = List.copyOf(findings);
        violations = List.copyOf(violations);
    }
}
