package org.servicepolicy.examples.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The wrk driver reads what wrk prints, and says so when it cannot run wrk. */
class WrkDriverTest {
    @Test
    @DisplayName("wrk's report gives the answered requests per second, the median, the p99 and the CPU per request")
    void readsWhatWrkPrints() throws IOException {
        var result = WrkDriver.parse("PostgreSQL", sample("wrk-answered.txt"), OptionalDouble.of(4.0));

        assertThat(result.name()).isEqualTo("PostgreSQL");
        assertThat(result.requests()).isEqualTo(8583);
        assertThat(result.errors()).isZero();
        assertThat(result.perSecond()).isCloseTo(8583 / 2.01, within(0.01));
        assertThat(result.p50Millis()).isEqualTo(7.12);
        assertThat(result.p99Millis()).isEqualTo(17.13);
        assertThat(result.cpuMicros().getAsDouble()).isCloseTo(4.0e6 / 8583, within(0.01));
    }

    @Test
    @DisplayName("answers other than 2xx or 3xx are errors, not answered requests; latencies in µs are read as such")
    void refusalsAreErrors() throws IOException {
        var result = WrkDriver.parse("anonymous", sample("wrk-refused.txt"), OptionalDouble.empty());

        assertThat(result.requests()).isZero();
        assertThat(result.errors()).isEqualTo(5662);
        assertThat(result.perSecond()).isZero();
        assertThat(result.p50Millis()).isEqualTo(0.542);
        assertThat(result.cpuMicros()).isEmpty();
    }

    @Test
    @DisplayName("a report that is not wrk's is refused, naming what is missing")
    void somethingElseIsRefused() {
        assertThatThrownBy(() -> WrkDriver.parse("x", "Usage: wrk <options> <url>", OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requests in");
    }

    @Test
    @DisplayName("a missing wrk is named with the package that brings it")
    void aMissingWrkIsNamed() {
        var driver = new WrkDriver("/nonexistent/wrk", 2, Duration.ZERO, Duration.ofSeconds(1));

        assertThatThrownBy(() -> driver.run("x", URI.create("http://127.0.0.1:9/"), Map.of()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("apt-get install wrk");
    }

    @Test
    @DisplayName("wrk measures whole seconds over at least as many connections as threads")
    void wrkNeedsWholeSecondsAndTwoConnections() {
        assertThatThrownBy(() -> new WrkDriver("wrk", 1, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WrkDriver("wrk", 2, Duration.ZERO, Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String sample(String name) throws IOException {
        try (var in = WrkDriverTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
