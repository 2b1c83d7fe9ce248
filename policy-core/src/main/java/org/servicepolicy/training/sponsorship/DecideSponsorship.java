package org.servicepolicy.training.sponsorship;

import org.servicepolicy.kernel.Inputs;

/**
 * Command: HR approves or rejects a request for sponsorship (§4.1.2), with a note kept in the
 * decision's reasons.
 *
 * @param verdict approve or reject
 * @param note    why, in HR's words
 */
public record DecideSponsorship(SponsorshipVerdict verdict, String note) {
    /** Throws {@code InvalidInputException} listing every problem of the command's form. */
    public void requireValid() {
        new Inputs().present(verdict, "verdict").text(note, "note").throwIfAny();
    }
}
