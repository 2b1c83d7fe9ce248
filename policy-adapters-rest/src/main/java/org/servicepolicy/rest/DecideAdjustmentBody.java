package org.servicepolicy.rest;

import org.servicepolicy.tasks.DecideAdjustment;

/**
 * Body of {@code POST /api/v1/tasks/{id}/decide-adjustment} (§3.1.1: change only after the
 * superior approves).
 *
 * @param adjustment the request's number on its task, from 1
 * @param approved   true gives the task the requested terms as a new terms version; false keeps its terms
 * @param reason     the grounds; required to deny
 */
public record DecideAdjustmentBody(Integer adjustment, Boolean approved, String reason) {
    /** The core command. */
    public DecideAdjustment toCommand() {
        return new DecideAdjustment(adjustment, approved, reason);
    }
}
