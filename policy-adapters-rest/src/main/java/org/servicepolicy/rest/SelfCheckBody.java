package org.servicepolicy.rest;

import org.servicepolicy.tasks.SelfCheck;

/**
 * One entry of a completion report's self-check (§3.1.3: self-check the result against the
 * requirements).
 *
 * @param requirement the requirement's number in the terms in force, from 1
 * @param met         whether the result meets it
 * @param note        what the assignee says about it; required when it is not met
 */
public record SelfCheckBody(Integer requirement, Boolean met, String note) {
    /** The core's part of the command. */
    public SelfCheck toCommand() {
        return new SelfCheck(requirement, met, note);
    }
}
