package org.servicepolicy.tasks;

import java.util.Objects;

/**
 * The assignee's self-check of one requirement (§3.1.3: self-check the result against the
 * requirements).
 *
 * @param requirement the requirement's number in the terms checked against, from 1
 * @param met         whether the result meets it
 * @param note        what the assignee says about it; required when it is not met
 */
public record RequirementCheck(int requirement, boolean met, String note) {
    /** Requires the note and a positive requirement number. */
    public RequirementCheck {
        Objects.requireNonNull(note, "note");
        if (requirement < 1) {
            throw new IllegalArgumentException("requirements are numbered from 1");
        }
    }
}
