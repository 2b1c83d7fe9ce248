package org.servicepolicy.tasks;

/**
 * Command: approve or deny a pending adjustment request (§3.1.1: change only after the superior
 * approves).
 *
 * @param adjustment the request's number on its task
 * @param approved   true to give the task the requested terms, false to keep its terms
 * @param reason     the grounds; required for a denial
 */
public record DecideAdjustment(Integer adjustment, Boolean approved, String reason) {
}
