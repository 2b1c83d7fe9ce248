package org.servicepolicy.training;

import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: record a present attendee's assessment score at a session (§4.1), by the trainer or HR.
 *
 * @param employeeId the attendee
 * @param score      the score, 0 to 100
 */
public record RecordScore(String employeeId, Integer score) {
    /** Throws {@code InvalidInputException} listing every problem of the command at once. */
    public void requireValid() {
        new Inputs().require(employeeId != null && Ids.isValid(employeeId), "employeeId", "is required and a valid id")
                .present(score, "score")
                .require(score == null || score >= 0 && score <= 100, "score", "must be 0 to 100")
                .throwIfAny();
    }
}
