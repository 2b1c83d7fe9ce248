package org.servicepolicy.feedback;

import org.servicepolicy.kernel.Inputs;

/**
 * Command: why the customer rejected the last result and what was done about it (§2.3.2),
 * recorded before the next result.
 *
 * @param causeAnalysis why the result fell short
 * @param action        what was corrected
 */
public record CorrectiveAction(String causeAnalysis, String action) {
    /** Throws {@code InvalidInputException} listing every problem of the command's form. */
    public void requireValid() {
        new Inputs().text(causeAnalysis, "causeAnalysis").text(action, "action").throwIfAny();
    }
}
