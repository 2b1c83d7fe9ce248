package org.servicepolicy.service;

import java.util.Objects;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.Decision;

/**
 * A violation a service finding proposed (§2.3.1, §3.3.3).
 *
 * @param finding   the finding
 * @param violation the violation recorded, with its ladder decision and proposed penalty
 * @param decision  the decision that links them, with its reasons
 */
public record FindingViolation(ServiceFinding finding, RecordedViolation violation, Decision decision) {
    /** Requires every part. */
    public FindingViolation {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(decision, "decision");
    }
}
