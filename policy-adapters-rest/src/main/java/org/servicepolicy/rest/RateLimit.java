package org.servicepolicy.rest;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code requests} in any {@code window}, per client address: a limit of the public
 * feedback endpoints. A request beyond it is answered 429 with {@code Retry-After}, the seconds
 * until the oldest request counted leaves the window.
 *
 * @param requests how many are allowed in any window
 * @param window   the sliding window
 */
public record RateLimit(int requests, Duration window) {
    /** Requires at least one request in a positive window. */
    public RateLimit {
        Objects.requireNonNull(window, "window");
        if (requests < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit allows at least one request in a positive window, was "
                    + requests + " per " + window);
        }
    }

    /** {@code requests} per hour. */
    public static RateLimit perHour(int requests) {
        return new RateLimit(requests, Duration.ofHours(1));
    }
}
