package org.servicepolicy.rest.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.rest.RateLimit;

/**
 * Counts what each client address did within a sliding window, against a {@link RateLimit}.
 * Memory is bounded: an address keeps at most the limit's number of instants, and at most
 * {@code capacity} addresses are remembered, the least recently seen forgotten first, so a flood
 * of addresses cannot grow it. Forgetting an address only ever lets it try again sooner.
 */
final class SlidingWindows {
    private final RateLimit limit;
    private final int capacity;
    private final LinkedHashMap<String, ArrayDeque<Instant>> seen = new LinkedHashMap<>(16, 0.75f, true);

    /** Windows of {@code limit} for at most {@code capacity} addresses. */
    SlidingWindows(RateLimit limit, int capacity) {
        this.limit = Objects.requireNonNull(limit, "limit");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** How long {@code address} must still wait at {@code now} before it may do another; empty when it may now. */
    synchronized Optional<Duration> wait(String address, Instant now) {
        var instants = seen.get(address);
        if (instants == null) {
            return Optional.empty();
        }
        forgetBefore(instants, now);
        if (instants.size() < limit.requests()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, instants.peekFirst().plus(limit.window())));
    }

    /** Counts one at {@code now} for {@code address}. */
    synchronized void count(String address, Instant now) {
        var instants = seen.computeIfAbsent(address, a -> new ArrayDeque<>());
        forgetBefore(instants, now);
        instants.addLast(now);
        while (instants.size() > limit.requests()) {
            instants.removeFirst();
        }
        var eldest = seen.keySet().iterator();
        while (seen.size() > capacity) {
            eldest.next();
            eldest.remove();
        }
    }

    private void forgetBefore(ArrayDeque<Instant> instants, Instant now) {
        var start = now.minus(limit.window());
        while (!instants.isEmpty() && !instants.peekFirst().isAfter(start)) {
            instants.removeFirst();
        }
    }
}
