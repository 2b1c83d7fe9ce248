package org.servicepolicy.people;

import java.time.Instant;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: HR records that an employee leaves the company (§1.2).
 *
 * @param reason      why they leave
 * @param note        what HR records about it, kept with the decision
 * @param effectiveAt when they leave: now when null, never in the future, never before the
 *                    record's current version took effect
 */
public record RecordDeparture(DepartureReason reason, String note, Instant effectiveAt) {
    /** A departure for {@code reason}, taking effect now. */
    public static RecordDeparture of(DepartureReason reason, String note) {
        return new RecordDeparture(reason, note, null);
    }

    /** This departure, taking effect at {@code at} rather than now. */
    public RecordDeparture effective(Instant at) {
        return new RecordDeparture(reason, note, at);
    }

    /** Throws {@code InvalidInputException} listing every problem of the departure at once, at {@code now}. */
    public void requireValid(Instant now) {
        new Inputs().present(reason, "reason").text(note, "note")
                .require(effectiveAt == null || !effectiveAt.isAfter(now), "effectiveAt",
                        "a departure takes effect now or in the past; record it when it happens")
                .throwIfAny();
    }
}
