package org.servicepolicy.calendar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pauses made ready for counting: the ended ones sorted and merged where they overlap or touch,
 * and the earliest instant from which an open pause stops the clock for good.
 */
final class Stops {
    private final List<Span> ended;
    private final Optional<Instant> forGoodFrom;

    private Stops(List<Span> ended, Optional<Instant> forGoodFrom) {
        this.ended = ended;
        this.forGoodFrom = forGoodFrom;
    }

    static Stops of(List<Pause> pauses) {
        var forGood = pauses.stream().filter(p -> !p.ends()).map(Pause::from).min(Comparator.naturalOrder());
        var sorted = pauses.stream().filter(Pause::ends).map(p -> new Span(p.from(), p.until().orElseThrow()))
                .sorted(Comparator.comparing(Span::from)).toList();
        var merged = new ArrayList<Span>();
        for (var pause : sorted) {
            var clipped = forGood.map(stop -> pause.clip(pause.from(), stop)).orElse(Optional.of(pause));
            if (clipped.isEmpty()) {
                continue;
            }
            var last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !clipped.get().from().isAfter(last.to())) {
                if (clipped.get().to().isAfter(last.to())) {
                    merged.set(merged.size() - 1, new Span(last.from(), clipped.get().to()));
                }
            } else {
                merged.add(clipped.get());
            }
        }
        return new Stops(List.copyOf(merged), forGood);
    }

    /** From when an open pause stops the clock for good, if one does. */
    Optional<Instant> forGoodFrom() {
        return forGoodFrom;
    }

    /** The parts of the open {@code span} during which the clock runs, telling {@code trail} the parts paused. */
    List<Span> running(Span span, Trail trail) {
        var running = new ArrayList<Span>();
        var end = forGoodFrom.filter(stop -> stop.isBefore(span.to())).orElse(span.to());
        var cursor = span.from();
        for (var pause : ended) {
            if (!cursor.isBefore(end)) {
                break;
            }
            if (!pause.to().isAfter(cursor)) {
                continue;
            }
            if (!pause.from().isBefore(end)) {
                break;
            }
            if (pause.from().isAfter(cursor)) {
                running.add(new Span(cursor, pause.from()));
            }
            var pausedFrom = pause.from().isAfter(cursor) ? pause.from() : cursor;
            var pausedTo = pause.to().isBefore(end) ? pause.to() : end;
            trail.paused(new Span(pausedFrom, pausedTo));
            cursor = pausedTo;
        }
        if (cursor.isBefore(end)) {
            running.add(new Span(cursor, end));
        }
        return running;
    }
}
