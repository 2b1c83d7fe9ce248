package org.servicepolicy.tasks;

/**
 * Command: rule on a refusal (§3.1.1).
 *
 * @param justified whether the assignee's reason is valid: true closes the task, false returns
 *                  it to the assignee and records a violation
 * @param comment   the ruling's grounds; required when the refusal is unjustified
 */
public record RuleOnRefusal(Boolean justified, String comment) {
}
