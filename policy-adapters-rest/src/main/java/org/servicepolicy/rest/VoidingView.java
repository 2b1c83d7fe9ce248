package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.discipline.Voiding;

/**
 * Why a violation no longer counts.
 *
 * @param at     when it was voided
 * @param by     who caused it
 * @param reason why, naming the leave or the appeal
 */
public record VoidingView(Instant at, String by, String reason) {
    /** The view of {@code voiding}. */
    public static VoidingView of(Voiding voiding) {
        return new VoidingView(voiding.at(), voiding.by().value(), voiding.reason());
    }
}
