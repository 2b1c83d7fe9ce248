package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.rewards.RewardStatus;
import org.servicepolicy.rewards.RewardTransition;

/**
 * One step of a reward's history.
 *
 * @param status the status entered
 * @param at     when
 * @param by     who moved it
 * @param reason the reason given, for a rejection
 */
public record RewardTransitionView(RewardStatus status, Instant at, String by, String reason) {
    /** The view of {@code transition}. */
    public static RewardTransitionView of(RewardTransition transition) {
        return new RewardTransitionView(transition.status(), transition.at(), transition.by().value(),
                transition.reason().orElse(null));
    }
}
