package org.servicepolicy.service;

import org.servicepolicy.kernel.Inputs;

/**
 * Command body: an answer to a request from another department, or the reason an answer is
 * returned as unclear (§2.2.1).
 *
 * @param text the answer or the reason
 */
public record DepartmentRequestText(String text) {
    /** Throws {@code InvalidInputException} unless {@code text} is present, not blank and storable. */
    public void requireValid() {
        new Inputs().text(text, "text").throwIfAny();
    }
}
