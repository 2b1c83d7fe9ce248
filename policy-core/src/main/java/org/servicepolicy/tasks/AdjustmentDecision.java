package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * What became of an adjustment request.
 *
 * @param outcome      approved, denied or lapsed
 * @param at           when
 * @param by           who decided it, or whose act made it lapse
 * @param reason       the reason given (required for a denial)
 * @param termsVersion the terms version an approval produced
 */
public record AdjustmentDecision(AdjustmentOutcome outcome, Instant at, EmployeeId by, String reason,
                                 Optional<Integer> termsVersion) {
    /** Requires every part, and a terms version exactly for an approval. */
    public AdjustmentDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(termsVersion, "termsVersion");
        if ((outcome == AdjustmentOutcome.APPROVED) != termsVersion.isPresent()) {
            throw new IllegalArgumentException("an approval, and only that, produces a terms version");
        }
    }
}
