package org.servicepolicy.rest;

/**
 * Body of the commands that take a reason: withdrawing or appealing a penalty, rejecting leave,
 * refusing a task (§3.1.1: a task may not be refused without reason).
 *
 * @param reason why
 */
public record ReasonBody(String reason) {
}
