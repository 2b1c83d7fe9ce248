package org.servicepolicy.feedback;

import java.util.Optional;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: route an item of feedback to a department, or route it again, optionally changing its
 * severity (§2.3.2). A new severity recomputes the deadlines from receipt.
 *
 * @param departmentId the department to handle it
 * @param severity     the new severity, one of the policy's; empty to keep the item's
 */
public record Triage(String departmentId, Optional<String> severity) {
    /** An absent severity is none. */
    public Triage {
        severity = severity == null ? Optional.empty() : severity;
    }

    /** Throws {@code InvalidInputException} listing every problem of the command's form. */
    public void requireValid() {
        new Inputs().require(departmentId != null && Ids.isValid(departmentId), "departmentId",
                        "is required and a valid id")
                .require(severity.map(s -> !s.isBlank()).orElse(true), "severity", "must not be blank")
                .throwIfAny();
    }
}
