package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.service.evaluation.CustomerScore;
import org.servicepolicy.service.evaluation.CustomerScoreSource;

/**
 * A customer's satisfaction score in the ledger (§2.3.3).
 *
 * @param id              identifier
 * @param employeeId      whose service was scored
 * @param score           1 to 5
 * @param source          RETURN_VISIT or CUSTOMER_FEEDBACK
 * @param sourceReference the record it came from
 * @param givenAt         when the customer gave it
 * @param recordedAt      when it entered the ledger
 */
public record CustomerScoreView(String id, String employeeId, int score, CustomerScoreSource source,
                                String sourceReference, Instant givenAt, Instant recordedAt) {
    /** The view of {@code score}. */
    public static CustomerScoreView of(CustomerScore score) {
        return new CustomerScoreView(score.id(), score.employee().value(), score.score(), score.source(),
                score.sourceReference(), score.givenAt(), score.recordedAt());
    }
}
