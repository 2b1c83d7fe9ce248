package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.tasks.AdjustmentDecision;
import org.servicepolicy.tasks.AdjustmentOutcome;

/**
 * What became of an adjustment request.
 *
 * @param outcome      APPROVED, DENIED, or LAPSED (undecided when the task was submitted or closed)
 * @param at           when
 * @param by           who decided it, or whose act made it lapse
 * @param reason       the grounds given, if any (always given for a denial)
 * @param termsVersion the terms version an approval produced
 */
public record AdjustmentDecisionView(AdjustmentOutcome outcome, Instant at, String by, String reason,
                                     Integer termsVersion) {
    /** The view of {@code decision}. */
    public static AdjustmentDecisionView of(AdjustmentDecision decision) {
        return new AdjustmentDecisionView(decision.outcome(), decision.at(), decision.by().value(),
                Texts.orNull(decision.reason()), decision.termsVersion().orElse(null));
    }
}
