package org.servicepolicy.rest;

import org.servicepolicy.tasks.RuleOnRefusal;

/**
 * Body of {@code POST /api/v1/tasks/{id}/rule-refusal} (§3.1.1).
 *
 * @param justified true when the assignee's reason is valid, which closes the task; false
 *                  returns the task to the assignee and records a
 *                  TASK_REFUSED_WITHOUT_VALID_REASON violation with its proposed penalty
 * @param comment   the ruling's grounds; required when the refusal is unjustified
 */
public record RuleRefusalBody(Boolean justified, String comment) {
    /** The core command. */
    public RuleOnRefusal toCommand() {
        return new RuleOnRefusal(justified, comment);
    }
}
