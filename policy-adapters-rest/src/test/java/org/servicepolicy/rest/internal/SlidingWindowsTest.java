package org.servicepolicy.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicepolicy.rest.RateLimit;

/** The per-address windows of the public feedback limits: sliding, per address, bounded in memory. */
class SlidingWindowsTest {
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void anAddressWaitsUntilItsOldestCountLeavesTheWindow() {
        var windows = new SlidingWindows(new RateLimit(3, Duration.ofMinutes(10)), 100);
        windows.count("a", T0);
        windows.count("a", T0.plusSeconds(60));
        assertThat(windows.wait("a", T0.plusSeconds(90))).isEmpty();
        windows.count("a", T0.plusSeconds(120));

        assertThat(windows.wait("a", T0.plusSeconds(180))).hasValue(Duration.ofSeconds(420));
        assertThat(windows.wait("b", T0.plusSeconds(180))).isEmpty();
        assertThat(windows.wait("a", T0.plus(Duration.ofMinutes(10)))).isEmpty();
        windows.count("a", T0.plus(Duration.ofMinutes(10)));
        assertThat(windows.wait("a", T0.plus(Duration.ofMinutes(10)))).hasValue(Duration.ofSeconds(60));
    }

    @Test
    void theLeastRecentlySeenAddressIsForgottenBeyondTheCapacity() {
        var windows = new SlidingWindows(new RateLimit(1, Duration.ofHours(1)), 2);
        windows.count("first", T0);
        windows.count("second", T0);
        assertThat(windows.wait("first", T0)).isPresent();

        windows.count("third", T0);

        assertThat(windows.wait("second", T0)).isEmpty();
        assertThat(windows.wait("first", T0)).isPresent();
        assertThat(windows.wait("third", T0)).isPresent();
    }
}
