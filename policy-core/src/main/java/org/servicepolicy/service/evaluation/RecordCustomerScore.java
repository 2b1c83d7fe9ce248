package org.servicepolicy.service.evaluation;

import java.time.Instant;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.StoredPrecision;

/**
 * Command: HR or the service supervision group enters a customer's satisfaction score in the
 * ledger, such as one collected by a survey (§2.3.3). {@link #requireValid} lists every problem.
 *
 * @param employeeId      whose service the customer scored
 * @param score           1 to 5
 * @param source          where it comes from: CUSTOMER_FEEDBACK; a RETURN_VISIT score is added by the
 *                        return visit itself, so that no visit counts twice
 * @param sourceReference the record it comes from
 * @param givenAt         when the customer gave it; not in the future
 */
public record RecordCustomerScore(String employeeId, Integer score, CustomerScoreSource source, String sourceReference,
                                  Instant givenAt) {
    /** Keeps {@code givenAt} at the stores' precision. */
    public RecordCustomerScore {
        givenAt = givenAt == null ? null : StoredPrecision.truncate(givenAt);
    }

    /** Throws {@code InvalidInputException} listing every problem of the command as of {@code now}. */
    public void requireValid(Instant now) {
        new Inputs().present(employeeId, "employeeId")
                .require(employeeId == null || Ids.isValid(employeeId), "employeeId", "is not a valid id")
                .present(score, "score")
                .require(score == null || score >= CustomerScore.MIN && score <= CustomerScore.MAX, "score",
                        "must be " + CustomerScore.MIN + " to " + CustomerScore.MAX)
                .present(source, "source")
                .require(source != CustomerScoreSource.RETURN_VISIT, "source",
                        "RETURN_VISIT scores come from the return visits recorded on service cases, never by hand")
                .text(sourceReference, "sourceReference")
                .present(givenAt, "givenAt")
                .require(givenAt == null || !givenAt.isAfter(now), "givenAt",
                        "must not be in the future (now is " + now + ")")
                .throwIfAny();
    }
}
