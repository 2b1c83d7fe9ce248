package org.servicepolicy.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * A reply promised to a customer by a time (§2.1.2: a question that cannot be answered at once is
 * checked, and a reply is promised and given within the time promised).
 *
 * @param number     the commitment's number within its case, from 1
 * @param promise    what the customer was promised a reply about
 * @param promisedAt when it was promised
 * @param replyBy    the reply time promised
 * @param repliedAt  when the reply was given; empty while owed
 * @param promisedBy who recorded the promise
 */
public record ServiceCaseCommitment(int number, String promise, Instant promisedAt, Instant replyBy,
                                    Optional<Instant> repliedAt, EmployeeId promisedBy) {
    /** Requires every part, a positive number and a reply time after the promise. */
    public ServiceCaseCommitment {
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(promisedAt, "promisedAt");
        Objects.requireNonNull(replyBy, "replyBy");
        Objects.requireNonNull(repliedAt, "repliedAt");
        Objects.requireNonNull(promisedBy, "promisedBy");
        if (number < 1 || !replyBy.isAfter(promisedAt)) {
            throw new IllegalArgumentException("a commitment is numbered from 1 and promises a later reply time");
        }
    }

    /** Whether the reply was given. */
    public boolean replied() {
        return repliedAt.isPresent();
    }

    /** This commitment replied to at {@code at}. */
    public ServiceCaseCommitment repliedAt(Instant at) {
        return new ServiceCaseCommitment(number, promise, promisedAt, replyBy, Optional.of(at), promisedBy);
    }
}
