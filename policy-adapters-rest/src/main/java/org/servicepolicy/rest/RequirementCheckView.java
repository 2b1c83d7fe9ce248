package org.servicepolicy.rest;

import org.servicepolicy.tasks.RequirementCheck;

/**
 * The assignee's self-check of one requirement (§3.1.3).
 *
 * @param requirement the requirement's number in the terms checked against, from 1
 * @param met         whether the result meets it
 * @param note        what the assignee said about it, if anything (always something when not met)
 */
public record RequirementCheckView(int requirement, boolean met, String note) {
    /** The view of {@code check}. */
    public static RequirementCheckView of(RequirementCheck check) {
        return new RequirementCheckView(check.requirement(), check.met(), Texts.orNull(check.note()));
    }
}
