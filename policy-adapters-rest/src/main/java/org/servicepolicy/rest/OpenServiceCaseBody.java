package org.servicepolicy.rest;

import org.servicepolicy.service.ServiceCaseOpening;

/**
 * Body of {@code POST /api/v1/service-cases} (§2.1.3). The case is opened now, by the clock.
 *
 * @param businessType one of the policy's business types ({@code service.case.stipulatedTimes}), e.g. ENQUIRY
 * @param customerRef  the company's own reference of the customer (at most 100 characters; no personal data)
 * @param handlerId    the employee handling the case; omitted for the caller (a manager may name their staff)
 */
public record OpenServiceCaseBody(String businessType, String customerRef, String handlerId) {
    /** The core command. */
    public ServiceCaseOpening toCommand() {
        return new ServiceCaseOpening(businessType, customerRef, handlerId);
    }
}
