package org.servicepolicy.idempotency;

import java.util.Objects;

/**
 * What an idempotent command answered.
 *
 * @param response the response, in the form the adapter stored it
 * @param replayed true when the command did not run because the key's first request had
 *                 succeeded already, whose response this is
 */
public record IdempotentResult(String response, boolean replayed) {
    /** Requires the response. */
    public IdempotentResult {
        Objects.requireNonNull(response, "response");
    }
}
