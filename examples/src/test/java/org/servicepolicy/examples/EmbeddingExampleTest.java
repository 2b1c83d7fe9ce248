package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    @Test
    void threeViolationsEarnAWarningAFineAndADemotionWithTheirReasons() {
        var bytes = new ByteArrayOutputStream();
        EmbeddingExample.run(Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        var output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("LATE_ARRIVAL (MINOR) -> WARNING", "LATE_ARRIVAL (MODERATE) -> FINE",
                "CONFIDENTIALITY_BREACH (SERIOUS) -> DEMOTION", "§3.3.3 discipline.ladder.band: 7 point(s) fall in the DEMOTION band (6-7 points)");
    }
}
