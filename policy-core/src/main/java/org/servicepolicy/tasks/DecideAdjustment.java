package org.servicepolicy.tasks;

import org.servicepolicy.kernel.Inputs;

/**
 * Command: approve or deny a pending adjustment request (§3.1.1: change only after the superior
 * approves).
 *
 * @param adjustment the request's number on its task
 * @param approved   true to give the task the requested terms, false to keep its terms
 * @param reason     the grounds; required for a denial
 */
public record DecideAdjustment(Integer adjustment, Boolean approved, String reason) {
    /** Throws an {@code InvalidInputException} listing every problem of the command. */
    public void validate() {
        var inputs = new Inputs();
        inputs.present(adjustment, "adjustment")
                .present(approved, "approved")
                .require(!Boolean.FALSE.equals(approved) || reason != null && !reason.isBlank(), "reason",
                        "is required to deny an adjustment")
                .require(reason == null || reason.length() <= TaskInputs.REASON_MAX, "reason",
                        "must be at most " + TaskInputs.REASON_MAX + " characters")
                .storable(reason, "reason");
        inputs.throwIfAny();
    }

    /** The grounds as kept: stripped, and empty when none were given. */
    public String grounds() {
        return reason == null ? "" : reason.strip();
    }
}
