package org.servicepolicy.service.evaluation;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.StoredPrecision;

/**
 * A customer's satisfaction score for an employee's service, one entry of the customer-score
 * ledger (§2.3.3: customer scoring). Append-only.
 *
 * @param id              identifier
 * @param employee        whose service was scored
 * @param score           the customer's score, {@value #MIN} (poor) to {@value #MAX} (excellent)
 * @param source          a return visit or customer feedback
 * @param sourceReference the record the score came from (a return visit's id, a survey's reference)
 * @param givenAt         when the customer gave the score; a period counts the scores given in it
 * @param recordedAt      when the score entered the ledger
 */
public record CustomerScore(String id, EmployeeId employee, int score, CustomerScoreSource source,
                            String sourceReference, Instant givenAt, Instant recordedAt) {
    /** The lowest score a customer gives. */
    public static final int MIN = 1;
    /** The highest score a customer gives. */
    public static final int MAX = 5;

    /** Requires every part, a score from {@value #MIN} to {@value #MAX}, and keeps instants at the stores' precision. */
    public CustomerScore {
        Ids.requireValid("CustomerScore.id", id);
        Objects.requireNonNull(employee, "employee");
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("a customer's score is " + MIN + " to " + MAX + ", was " + score);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceReference, "sourceReference");
        givenAt = StoredPrecision.truncate(Objects.requireNonNull(givenAt, "givenAt"));
        recordedAt = StoredPrecision.truncate(Objects.requireNonNull(recordedAt, "recordedAt"));
    }
}
