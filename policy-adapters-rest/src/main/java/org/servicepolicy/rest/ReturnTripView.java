package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.service.ServiceCaseReturnTrip;

/**
 * A customer's return trip for a case (§2.1.3).
 *
 * @param cause         why the customer came back
 * @param nonconformity whether the cause is a nonconformity of the handler (a document not told about)
 * @param note          what happened
 * @param recordedAt    when it was recorded
 * @param recordedBy    who recorded it (the supervision group or the handler's manager)
 */
public record ReturnTripView(ServiceCaseReturnTrip.Cause cause, boolean nonconformity, String note,
                             Instant recordedAt, String recordedBy) {
    /** The view of {@code trip}. */
    public static ReturnTripView of(ServiceCaseReturnTrip trip) {
        return new ReturnTripView(trip.cause(), trip.cause().nonconformity(), trip.note(), trip.recordedAt(),
                trip.recordedBy().value());
    }
}
