package org.servicepolicy.rest;

/**
 * Body of the commands that take a reason: withdrawing or appealing a penalty, rejecting leave.
 *
 * @param reason why
 */
public record ReasonBody(String reason) {
}
