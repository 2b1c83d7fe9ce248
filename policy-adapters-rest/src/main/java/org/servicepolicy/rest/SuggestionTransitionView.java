package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.suggestions.SuggestionStatus;
import org.servicepolicy.suggestions.SuggestionTransition;

/**
 * One step of a suggestion's history.
 *
 * @param status the status entered
 * @param at     when
 * @param by     who moved it
 * @param note   the reviewer assigned, the reason for declining, or the adoption note
 */
public record SuggestionTransitionView(SuggestionStatus status, Instant at, String by, String note) {
    /** The view of {@code transition}. */
    public static SuggestionTransitionView of(SuggestionTransition transition) {
        return new SuggestionTransitionView(transition.status(), transition.at(), transition.by().value(),
                transition.note().orElse(null));
    }
}
