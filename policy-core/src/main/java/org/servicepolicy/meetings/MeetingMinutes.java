package org.servicepolicy.meetings;

import org.servicepolicy.kernel.Inputs;

/**
 * Command body: the minutes of a meeting (§5.1.2: minutes are kept).
 *
 * @param text the minutes, at most {@link Inputs#TEXT_MAX} characters
 */
public record MeetingMinutes(String text) {
    /** Throws {@code InvalidInputException} unless {@code text} is present, not blank and storable. */
    public void requireValid() {
        new Inputs().text(text, "text").throwIfAny();
    }
}
