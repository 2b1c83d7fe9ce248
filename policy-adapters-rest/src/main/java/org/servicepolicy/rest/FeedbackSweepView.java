package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.feedback.FeedbackSweepResult;

/**
 * What one sweep of customer feedback fired (§2.3.2): only what this run fired, so a second run
 * fires nothing.
 *
 * @param at         the instant swept for
 * @param fired      the checkpoints fired
 * @param findings   one finding per breach
 * @param violations the violations they proposed
 */
public record FeedbackSweepView(Instant at, List<Fired> fired, List<ServiceFindingView> findings,
                                List<FindingViolationView> violations) {
    /**
     * A checkpoint fired.
     *
     * @param itemId the item
     * @param key    the checkpoint, such as {@code FIRST_RESPONSE.WARNING} or {@code R2.RESOLUTION.HR}
     */
    public record Fired(String itemId, String key) {
    }

    /** The view of {@code result}. */
    public static FeedbackSweepView of(FeedbackSweepResult result) {
        return new FeedbackSweepView(result.at(),
                result.fired().stream().map(f -> new Fired(f.item().value(), f.key())).toList(),
                result.findings().stream().map(ServiceFindingView::of).toList(),
                result.violations().stream().map(FindingViolationView::of).toList());
    }
}
