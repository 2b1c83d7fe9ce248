package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.service.evaluation.CustomerScoreSource;
import org.servicepolicy.service.evaluation.RecordCustomerScore;

/**
 * Body of {@code POST /api/v1/customer-scores} (§2.3.3): a customer's satisfaction score entered
 * by HR or the supervision group, such as one collected by a survey.
 *
 * @param employeeId      whose service the customer scored
 * @param score           1 (poor) to 5 (excellent)
 * @param source          CUSTOMER_FEEDBACK or RETURN_VISIT
 * @param sourceReference the record the score comes from, such as the survey's reference
 * @param givenAt         when the customer gave it (ISO-8601 instant, not in the future)
 */
public record RecordCustomerScoreBody(String employeeId, Integer score, CustomerScoreSource source,
                                      String sourceReference, Instant givenAt) {
    /** The core command. */
    public RecordCustomerScore toCommand() {
        return new RecordCustomerScore(employeeId, score, source, sourceReference, givenAt);
    }
}
