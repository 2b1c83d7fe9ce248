package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.StoredPrecision;

/**
 * Command: ask for new terms (§3.1.1: explain in advance, propose a reasonable alternative).
 *
 * @param newDeadline         the deadline asked for, or null to keep it
 * @param newRequirements     the requirements asked for, or null or empty to keep them
 * @param reason              why the change is needed
 * @param proposedAlternative what the assignee proposes instead
 */
public record RequestAdjustment(Instant newDeadline, List<String> newRequirements, String reason,
                                String proposedAlternative) {
    /** Keeps {@code newDeadline} at the stores' precision, so that it reads back as given. */
    public RequestAdjustment {
        newDeadline = StoredPrecision.truncate(newDeadline);
    }

    /** Throws an {@code InvalidInputException} listing every problem of the command at {@code now}. */
    public void validate(Instant now) {
        var inputs = new Inputs();
        inputs.require(newDeadline != null || !requirementsAskedFor().isEmpty(), "newDeadline",
                        "ask for a new deadline, new requirements, or both")
                .require(newDeadline == null || newDeadline.isAfter(now), "newDeadline",
                        "must be in the future (now is " + now + ")");
        TaskInputs.items(inputs, newRequirements, "newRequirements");
        TaskInputs.text(inputs, reason, "reason", TaskInputs.REASON_MAX);
        TaskInputs.text(inputs, proposedAlternative, "proposedAlternative", TaskInputs.REASON_MAX);
        inputs.throwIfAny();
    }

    /** The requirements asked for, stripped; empty to keep them. */
    public List<String> requirementsAskedFor() {
        return TaskInputs.strip(newRequirements);
    }
}
