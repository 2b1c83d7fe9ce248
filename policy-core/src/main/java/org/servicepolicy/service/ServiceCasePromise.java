package org.servicepolicy.service;

import java.time.Instant;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.StoredPrecision;

/**
 * Command: record a reply promised to the customer of a case by a time (§2.1.2). It is promised
 * now, by the clock.
 *
 * @param promise what the customer was promised a reply about
 * @param replyBy the reply time promised; after now
 */
public record ServiceCasePromise(String promise, Instant replyBy) {
    /** Keeps {@code replyBy} at the stores' precision. */
    public ServiceCasePromise {
        replyBy = replyBy == null ? null : StoredPrecision.truncate(replyBy);
    }

    /** Throws {@code InvalidInputException} listing every problem as of {@code now}. */
    public void requireValid(Instant now) {
        new Inputs().text(promise, "promise").present(replyBy, "replyBy")
                .require(replyBy == null || replyBy.isAfter(now), "replyBy", "must be after now (now is " + now + ")")
                .throwIfAny();
    }
}
