package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.meetings.NameResponders;

/**
 * Body of {@code PUT /api/v1/department-responders/{departmentId}}: the responders a department
 * names on the internal platform (§5.1.1), in place of those named before.
 *
 * @param employeeIds the responders, employees of the department; empty to name nobody
 */
public record NameRespondersBody(List<String> employeeIds) {
    /** The core command. */
    public NameResponders toCommand() {
        return new NameResponders(employeeIds);
    }
}
