package org.servicepolicy.rest;

import org.servicepolicy.service.ReturnVisitReport;

/**
 * Body of {@code POST /api/v1/service-cases/{id}/return-visit} (§2.1.4).
 *
 * @param satisfaction the customer's satisfaction, 1 to 5
 * @param notes        what the customer said
 */
public record ReturnVisitBody(Integer satisfaction, String notes) {
    /** The core command. */
    public ReturnVisitReport toCommand() {
        return new ReturnVisitReport(satisfaction, notes);
    }
}
