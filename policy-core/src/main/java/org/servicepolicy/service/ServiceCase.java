package org.servicepolicy.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * A customer's business case (§2.1.3, §2.1.4): its type, the customer (an opaque reference,
 * never personal data), the employee handling it, when it was opened and by when it is to be
 * finished, the customer's return trips and, once finished, its return visit.
 *
 * @param id            identifier
 * @param businessType  one of the policy's business types ({@code service.case.stipulatedTimes})
 * @param customerRef   the company's own reference of the customer
 * @param handler       the employee handling it
 * @param openedAt      when it was opened
 * @param dueAt         by when it is to be finished: opened plus the stipulated time of its type
 * @param policyVersion the policy version in force when it was opened, which gave the stipulated time
 * @param finishedAt    when it was finished; empty while open
 * @param returnTrips   the customer's return trips, in the order recorded
 * @param commitments   the replies promised to the customer, by number
 * @param returnVisit   the return visit, present once the case is finished
 * @param version       optimistic-locking version, set by the store
 */
public record ServiceCase(ServiceCaseId id, String businessType, String customerRef, EmployeeId handler,
                          Instant openedAt, Instant dueAt, String policyVersion, Optional<Instant> finishedAt,
                          List<ServiceCaseReturnTrip> returnTrips, List<ServiceCaseCommitment> commitments,
                          Optional<ReturnVisit> returnVisit, long version) {
    /** Requires every part; a case is finished exactly when it has its return visit. */
    public ServiceCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(businessType, "businessType");
        Objects.requireNonNull(customerRef, "customerRef");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(finishedAt, "finishedAt");
        returnTrips = List.copyOf(returnTrips);
        commitments = List.copyOf(commitments);
        for (int i = 0; i < commitments.size(); i++) {
            if (commitments.get(i).number() != i + 1) {
                throw new IllegalArgumentException("commitments are numbered 1, 2, ... in order");
            }
        }
        Objects.requireNonNull(returnVisit, "returnVisit");
        if (finishedAt.isPresent() != returnVisit.isPresent()) {
            throw new IllegalArgumentException("a finished case, and only a finished one, has a return visit");
        }
    }

    /** Whether the case is finished. */
    public boolean finished() {
        return finishedAt.isPresent();
    }

    /** This case finished at {@code at}, its return visit owed by {@code visitDue}. */
    public ServiceCase finish(Instant at, Instant visitDue) {
        return new ServiceCase(id, businessType, customerRef, handler, openedAt, dueAt, policyVersion,
                Optional.of(at), returnTrips, commitments, Optional.of(ReturnVisit.owed(visitDue)), version);
    }

    /** This case with {@code trip} recorded. */
    public ServiceCase withReturnTrip(ServiceCaseReturnTrip trip) {
        var trips = new ArrayList<>(returnTrips);
        trips.add(trip);
        return new ServiceCase(id, businessType, customerRef, handler, openedAt, dueAt, policyVersion, finishedAt,
                trips, commitments, returnVisit, version);
    }

    /** This case with its return visit {@code visit}. */
    public ServiceCase withReturnVisit(ReturnVisit visit) {
        return new ServiceCase(id, businessType, customerRef, handler, openedAt, dueAt, policyVersion, finishedAt,
                returnTrips, commitments, Optional.of(visit), version);
    }

    /** This case with {@code commitment} added or, by its number, replacing the one it updates. */
    public ServiceCase withCommitment(ServiceCaseCommitment commitment) {
        var all = new ArrayList<>(commitments);
        if (commitment.number() <= all.size()) {
            all.set(commitment.number() - 1, commitment);
        } else {
            all.add(commitment);
        }
        return new ServiceCase(id, businessType, customerRef, handler, openedAt, dueAt, policyVersion, finishedAt,
                returnTrips, all, returnVisit, version);
    }

    /** This case at store version {@code stored}. */
    public ServiceCase atVersion(long stored) {
        return new ServiceCase(id, businessType, customerRef, handler, openedAt, dueAt, policyVersion, finishedAt,
                returnTrips, commitments, returnVisit, stored);
    }
}
