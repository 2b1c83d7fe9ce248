package org.servicepolicy.meetings;

import java.time.LocalDate;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: record an action item a meeting agreed (§5.1.2).
 *
 * @param ownerId     the employee who does it
 * @param description what is to be done, at most {@link Inputs#TEXT_MAX} characters
 * @param dueOn       the day by which, in the company's time zone; not before today there
 */
public record AddActionItem(String ownerId, String description, LocalDate dueOn) {
    /** Throws {@code InvalidInputException} listing every problem of the command's form; {@code today} in the company's zone. */
    public void requireValid(LocalDate today) {
        new Inputs().require(ownerId != null && Ids.isValid(ownerId), "ownerId", "is required and a valid id")
                .text(description, "description")
                .present(dueOn, "dueOn")
                .require(dueOn == null || !dueOn.isBefore(today), "dueOn",
                        "must not be before today (" + today + ")")
                .throwIfAny();
    }
}
