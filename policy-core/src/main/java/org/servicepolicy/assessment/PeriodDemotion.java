package org.servicepolicy.assessment;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.PenaltyId;

/**
 * A demotion issued in the assessed period and still in force (§3.3.3), which caps the grade.
 *
 * @param penalty  the demotion
 * @param issuedAt when it was issued
 */
public record PeriodDemotion(PenaltyId penalty, Instant issuedAt) {
    /** Requires both parts. */
    public PeriodDemotion {
        Objects.requireNonNull(penalty, "penalty");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }
}
