package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.PenaltyTransition;

/**
 * One step of a penalty's history.
 *
 * @param status the status entered
 * @param at     when
 * @param by     who moved it
 * @param reason the reason given, where the lifecycle asks for one
 */
public record PenaltyTransitionView(PenaltyStatus status, Instant at, String by, String reason) {
    /** The view of {@code transition}. */
    public static PenaltyTransitionView of(PenaltyTransition transition) {
        return new PenaltyTransitionView(transition.status(), transition.at(), transition.by().value(),
                transition.reason().orElse(null));
    }
}
