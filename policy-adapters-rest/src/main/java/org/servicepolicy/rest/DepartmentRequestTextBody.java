package org.servicepolicy.rest;

import org.servicepolicy.service.DepartmentRequestText;

/**
 * Body of answering a request from another department, or of returning an answer as unclear
 * (§2.2.1).
 *
 * @param text the answer, or why the answer is unclear
 */
public record DepartmentRequestTextBody(String text) {
    /** The core command. */
    public DepartmentRequestText toCommand() {
        return new DepartmentRequestText(text);
    }
}
