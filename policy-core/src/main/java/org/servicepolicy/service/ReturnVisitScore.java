package org.servicepolicy.service;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Ids;

/**
 * The customer's satisfaction given at a done return visit (§2.1.4), as it enters the
 * customer-score ledger (§2.3.3: customer scoring) for the case's handler.
 *
 * @param id           identifier of the ledger entry
 * @param handler      the employee who handled the case, whose service the customer scored
 * @param satisfaction the customer's satisfaction, {@value ReturnVisit#SATISFACTION_MIN} to
 *                     {@value ReturnVisit#SATISFACTION_MAX}
 * @param serviceCase  the case visited, the score's source reference
 * @param givenAt      when the visit was done: the customer gave the score then, and it is recorded then
 */
public record ReturnVisitScore(String id, EmployeeId handler, int satisfaction, ServiceCaseId serviceCase,
                               Instant givenAt) {
    /** Requires every part and a satisfaction in range. */
    public ReturnVisitScore {
        Ids.requireValid("ReturnVisitScore.id", id);
        Objects.requireNonNull(handler, "handler");
        if (satisfaction < ReturnVisit.SATISFACTION_MIN || satisfaction > ReturnVisit.SATISFACTION_MAX) {
            throw new IllegalArgumentException("a satisfaction score is from 1 to 5, was " + satisfaction);
        }
        Objects.requireNonNull(serviceCase, "serviceCase");
        Objects.requireNonNull(givenAt, "givenAt");
    }
}
