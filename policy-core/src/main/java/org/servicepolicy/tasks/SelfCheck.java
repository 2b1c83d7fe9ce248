package org.servicepolicy.tasks;

/**
 * Part of a completion report: the assignee's check of one requirement (§3.1.3).
 *
 * @param requirement the requirement's number in the current terms, from 1
 * @param met         whether the result meets it
 * @param note        what the assignee says about it; required when it is not met
 */
public record SelfCheck(Integer requirement, Boolean met, String note) {
}
