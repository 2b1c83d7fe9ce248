package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.service.ServiceCase;

/**
 * A service case (§2.1.2, §2.1.3, §2.1.4) with its return trips, its promised replies and, once
 * finished, its return visit.
 *
 * @param id            identifier
 * @param businessType  its business type
 * @param customerRef   the company's reference of the customer
 * @param handlerId     the employee handling it
 * @param openedAt      when it was opened
 * @param dueAt         by when it is to be finished
 * @param policyVersion the policy version that gave its stipulated time
 * @param finishedAt    when it was finished; absent while open
 * @param returnTrips   the customer's return trips, in the order recorded
 * @param commitments   the replies promised to the customer, by number
 * @param returnVisit   the return visit, once finished
 * @param version       the record's version
 */
public record ServiceCaseView(String id, String businessType, String customerRef, String handlerId, Instant openedAt,
                              Instant dueAt, String policyVersion, Instant finishedAt,
                              List<ReturnTripView> returnTrips, List<CommitmentView> commitments,
                              ReturnVisitView returnVisit, long version) {
    /** The view of {@code serviceCase}. */
    public static ServiceCaseView of(ServiceCase serviceCase) {
        return new ServiceCaseView(serviceCase.id().value(), serviceCase.businessType(), serviceCase.customerRef(),
                serviceCase.handler().value(), serviceCase.openedAt(), serviceCase.dueAt(),
                serviceCase.policyVersion(), serviceCase.finishedAt().orElse(null),
                serviceCase.returnTrips().stream().map(ReturnTripView::of).toList(),
                serviceCase.commitments().stream().map(CommitmentView::of).toList(),
                serviceCase.returnVisit().map(ReturnVisitView::of).orElse(null), serviceCase.version());
    }
}
