package org.servicepolicy.rest;

import java.util.Optional;
import org.servicepolicy.feedback.Triage;

/**
 * Body of {@code POST /api/v1/feedback/{id}/routing} (§2.3.2): the department to handle an item,
 * and optionally a new severity, from which its due times are counted again from receipt.
 *
 * @param departmentId the department
 * @param severity     one of the policy's severities; omitted to keep the item's
 */
public record TriageBody(String departmentId, String severity) {
    /** The core command. */
    public Triage toCommand() {
        return new Triage(departmentId, Optional.ofNullable(severity));
    }
}
