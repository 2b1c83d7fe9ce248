package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.service.FindingViolation;
import org.servicepolicy.service.ServiceFinding;

/**
 * What one sweep of customer feedback fired (§2.3.2): only the checkpoints this sweep fired, so a
 * second sweep fires none, and the findings and violations the breaches made.
 *
 * @param at         the instant swept for
 * @param fired      the checkpoints this sweep fired, by item
 * @param findings   one finding per breach
 * @param violations the violations the findings proposed
 */
public record FeedbackSweepResult(Instant at, List<Fired> fired, List<ServiceFinding> findings,
                                  List<FindingViolation> violations) {
    /**
     * A checkpoint fired.
     *
     * @param item the item
     * @param key  the checkpoint's key, such as {@code FIRST_RESPONSE.BREACH}
     */
    public record Fired(FeedbackItemId item, String key) {
        /** Requires both parts. */
        public Fired {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(key, "key");
        }
    }

    /** Requires every part. */
    public FeedbackSweepResult {
        Objects.requireNonNull(at, "at");
        fired = List.copyOf(fired);
        findings = List.copyOf(findings);
        violations = List.copyOf(violations);
    }
}
