package org.servicepolicy.kernel;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The one precision of every instant the library keeps: microseconds, the finest that
 * PostgreSQL's {@code timestamp} and the JDBC adapter store. A JDK clock ticks in nanoseconds on
 * most systems; an instant kept finer than the stores keep it would be answered with nanoseconds
 * when written and without them when read back. So the library's clock and every instant that
 * comes in with a command are cut to microseconds, and a value read back equals the value
 * written, whichever store holds it.
 */
public final class StoredPrecision {
    /** The unit every instant is truncated to. */
    public static final ChronoUnit UNIT = ChronoUnit.MICROS;

    private StoredPrecision() {
    }

    /**
     * {@code instant} truncated to {@link #UNIT}; null stays null, so that a command's missing
     * field is still reported by the use case that checks it.
     */
    public static Instant truncate(Instant instant) {
        return instant == null ? null : instant.truncatedTo(UNIT);
    }

    /** A clock that tells {@code clock}'s time truncated to {@link #UNIT}. */
    public static Clock clock(Clock clock) {
        Objects.requireNonNull(clock, "clock");
        return clock instanceof TruncatingClock ? clock : new TruncatingClock(clock);
    }

    /** A clock whose instants are another clock's, truncated. */
    private static final class TruncatingClock extends Clock {
        private final Clock ticking;

        private TruncatingClock(Clock ticking) {
            this.ticking = ticking;
        }

        @Override
        public ZoneId getZone() {
            return ticking.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new TruncatingClock(ticking.withZone(zone));
        }

        @Override
        public Instant instant() {
            return ticking.instant().truncatedTo(UNIT);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TruncatingClock truncating && ticking.equals(truncating.ticking);
        }

        @Override
        public int hashCode() {
            return ticking.hashCode() + 1;
        }

        @Override
        public String toString() {
            return "StoredPrecision.clock(" + ticking + ")";
        }
    }
}
