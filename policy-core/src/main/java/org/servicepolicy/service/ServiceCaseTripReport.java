package org.servicepolicy.service;

import org.servicepolicy.kernel.Inputs;

/**
 * Command: record that a customer came back for a case, and why (§2.1.3).
 *
 * @param cause why the customer came back
 * @param note  what happened
 */
public record ServiceCaseTripReport(ServiceCaseReturnTrip.Cause cause, String note) {
    /** Throws {@code InvalidInputException} listing every problem at once. */
    public void requireValid() {
        new Inputs().present(cause, "cause").text(note, "note").throwIfAny();
    }
}
