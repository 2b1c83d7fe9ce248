package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.service.ServiceCasePromise;

/**
 * Body of {@code POST /api/v1/service-cases/{id}/commitments} (§2.1.2).
 *
 * @param promise what the customer was promised a reply about
 * @param replyBy the reply time promised (ISO-8601 instant, after now)
 */
public record PromiseReplyBody(String promise, Instant replyBy) {
    /** The core command. */
    public ServiceCasePromise toCommand() {
        return new ServiceCasePromise(promise, replyBy);
    }
}
