package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.people.DepartureReason;
import org.servicepolicy.people.RecordDeparture;

/**
 * Body of {@code POST /api/v1/employees/{id}/departure}: HR records that an employee leaves (§1.2).
 *
 * @param reason      RESIGNATION, END_OF_CONTRACT or RETIREMENT (required)
 * @param note        what HR records about it (required)
 * @param effectiveAt when they leave (ISO-8601 instant); now when omitted, never in the future
 */
public record DepartureBody(DepartureReason reason, String note, Instant effectiveAt) {
    /** The core command. */
    public RecordDeparture toCommand() {
        return new RecordDeparture(reason, note, effectiveAt);
    }
}
