package org.servicepolicy.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A stretch of time from {@code from} (inclusive) to {@code to} (exclusive). */
record Span(Instant from, Instant to) {
    Duration length() {
        return Duration.between(from, to);
    }

    boolean contains(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    /** The part of this span between {@code start} and {@code end}, if any. */
    Optional<Span> clip(Instant start, Instant end) {
        var clippedFrom = from.isAfter(start) ? from : start;
        var clippedTo = to.isBefore(end) ? to : end;
        return clippedTo.isAfter(clippedFrom) ? Optional.of(new Span(clippedFrom, clippedTo)) : Optional.empty();
    }
}
