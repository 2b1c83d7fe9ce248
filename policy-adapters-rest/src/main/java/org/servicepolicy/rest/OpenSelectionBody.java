package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.career.OpenSelection;

/**
 * Body of {@code POST /api/v1/selections} (§4.3.2): HR opens an internal selection for a position.
 *
 * @param position     the position's title (at most 200 characters)
 * @param level        the position's level on the company's ladder
 * @param departmentId the department the position is in
 * @param closesAt     when applications close (ISO-8601 instant, in the future)
 */
public record OpenSelectionBody(String position, Integer level, String departmentId, Instant closesAt) {
    /** The core command. */
    public OpenSelection toCommand() {
        return new OpenSelection(position, level, departmentId, closesAt);
    }
}
