package org.servicepolicy.calendar;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An interval during which the business clock stops, such as the time a case waits on the
 * customer: from {@code from} (inclusive) until {@code until} (exclusive), or for good when
 * {@code until} is empty (the wait has not ended yet).
 *
 * @param from  when the clock stops
 * @param until when it runs again; empty while it has not
 */
public record Pause(Instant from, Optional<Instant> until) {
    /** Requires a start and an end, if any, after it. */
    public Pause {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (until.isPresent() && !until.get().isAfter(from)) {
            throw new IllegalArgumentException("a pause ends after it starts: " + from + " to " + until.get());
        }
    }

    /** A pause that has ended. */
    public static Pause between(Instant from, Instant until) {
        return new Pause(from, Optional.of(until));
    }

    /** A pause that has not ended yet. */
    public static Pause since(Instant from) {
        return new Pause(from, Optional.empty());
    }

    /** Whether the clock runs again after this pause. */
    public boolean ends() {
        return until.isPresent();
    }
}
