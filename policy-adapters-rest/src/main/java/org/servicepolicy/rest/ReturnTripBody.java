package org.servicepolicy.rest;

import org.servicepolicy.service.ServiceCaseReturnTrip;
import org.servicepolicy.service.ServiceCaseTripReport;

/**
 * Body of {@code POST /api/v1/service-cases/{id}/return-trips} (§2.1.3).
 *
 * @param cause UNANNOUNCED_DOCUMENT (a nonconformity: the customer was not told), CUSTOMER_CHOICE or
 *              CUSTOMER_OVERSIGHT
 * @param note  what happened
 */
public record ReturnTripBody(ServiceCaseReturnTrip.Cause cause, String note) {
    /** The core command. */
    public ServiceCaseTripReport toCommand() {
        return new ServiceCaseTripReport(cause, note);
    }
}
