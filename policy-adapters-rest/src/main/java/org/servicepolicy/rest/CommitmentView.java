package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.service.ServiceCaseCommitment;

/**
 * A reply promised to the customer of a case (§2.1.2).
 *
 * @param number     its number within the case, from 1
 * @param promise    what the reply is about
 * @param promisedAt when it was promised
 * @param replyBy    the reply time promised
 * @param repliedAt  when the reply was given; absent while owed
 * @param kept       whether it was given by the time promised; absent while owed
 * @param promisedBy who recorded the promise
 */
public record CommitmentView(int number, String promise, Instant promisedAt, Instant replyBy, Instant repliedAt,
                             Boolean kept, String promisedBy) {
    /** The view of {@code commitment}. */
    public static CommitmentView of(ServiceCaseCommitment commitment) {
        return new CommitmentView(commitment.number(), commitment.promise(), commitment.promisedAt(),
                commitment.replyBy(), commitment.repliedAt().orElse(null),
                commitment.repliedAt().map(at -> !at.isAfter(commitment.replyBy())).orElse(null),
                commitment.promisedBy().value());
    }
}
