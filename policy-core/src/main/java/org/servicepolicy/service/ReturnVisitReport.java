package org.servicepolicy.service;

import org.servicepolicy.kernel.Inputs;

/**
 * Command: record a finished case's return visit as done (§2.1.4), now, with what the customer
 * said.
 *
 * @param satisfaction the customer's satisfaction, {@value ReturnVisit#SATISFACTION_MIN} to
 *                     {@value ReturnVisit#SATISFACTION_MAX}
 * @param notes        what the customer said: further needs, feedback
 */
public record ReturnVisitReport(Integer satisfaction, String notes) {
    /** Throws {@code InvalidInputException} listing every problem at once. */
    public void requireValid() {
        new Inputs().present(satisfaction, "satisfaction")
                .require(satisfaction == null || satisfaction >= ReturnVisit.SATISFACTION_MIN
                        && satisfaction <= ReturnVisit.SATISFACTION_MAX, "satisfaction", "is from 1 to 5")
                .text(notes, "notes").throwIfAny();
    }
}
