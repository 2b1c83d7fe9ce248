package org.servicepolicy.tasks;

import org.servicepolicy.kernel.Inputs;

/**
 * Command: rule on a refusal (§3.1.1).
 *
 * @param justified whether the assignee's reason is valid: true closes the task, false returns
 *                  it to the assignee and records a violation
 * @param comment   the ruling's grounds; required when the refusal is unjustified
 */
public record RuleOnRefusal(Boolean justified, String comment) {
    /** Throws an {@code InvalidInputException} listing every problem of the command. */
    public void validate() {
        var inputs = new Inputs();
        inputs.present(justified, "justified")
                .require(!Boolean.FALSE.equals(justified) || comment != null && !comment.isBlank(), "comment",
                        "is required to rule a refusal unjustified")
                .require(comment == null || comment.length() <= TaskInputs.RULING_COMMENT_MAX, "comment",
                        "must be at most " + TaskInputs.RULING_COMMENT_MAX + " characters")
                .storable(comment, "comment");
        inputs.throwIfAny();
    }

    /** The ruling's grounds as kept: stripped, and empty when none were given. */
    public String grounds() {
        return comment == null ? "" : comment.strip();
    }
}
