package org.servicepolicy.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so that time-dependent rules run without waiting. */
final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock forward by {@code amount}. */
    Instant advance(Duration amount) {
        now = now.plus(amount);
        return now;
    }

    /** Sets the clock to {@code instant}. */
    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the tests' clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
