package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A test's clock moves only when told, and every zone of it tells the same instant. */
class MutableClockTest {
    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void theClockStandsStillUntilItIsAdvanced() {
        var clock = new MutableClock(START);
        assertThat(clock.instant()).isEqualTo(START);
        clock.advance(Duration.ofMinutes(90));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(90)));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void aClockInAnotherZoneTellsTheSameInstantAndMovesWithTheOriginal() {
        var clock = new MutableClock(START);
        var shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
        assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        clock.advance(Duration.ofHours(1));
        assertThat(shanghai.instant()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(LocalTime.now(shanghai)).isEqualTo(LocalTime.of(18, 0));
    }
}
