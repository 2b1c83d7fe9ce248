package org.servicepolicy.rest;

import org.servicepolicy.career.DecideSelection;

/**
 * Body of {@code POST /api/v1/selections/{id}/decision} (§4.3.2).
 *
 * @param chosenId the applicant chosen; omitted to choose none
 * @param reason   why, in HR's words, kept in each decision's reasons
 */
public record DecideSelectionBody(String chosenId, String reason) {
    /** The core command. */
    public DecideSelection toCommand() {
        return new DecideSelection(chosenId, reason);
    }
}
