package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through "supervision: a nonconformity becomes a finding" (§2.3.1, §3.3.3),
 * step by step over HTTP against the example app on its embedded H2 database.
 */
class SupervisionWalkthroughTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    @DisplayName("§2.3.1: the seeded group member records a nonconformity; the finding, its violation and its decision are read back")
    void aNonconformityBecomesAFindingAndAViolation() throws IOException {
        try (var app = ExampleApp.start(AppOptions.parse("--port", "0", "--data", data.toString()), CLOCK)) {
            var http = new Http(app.port());

            var seeded = http.get("staff", "/employees/staff/service-findings");
            assertThat(seeded.status()).isEqualTo(200);
            assertThat(seeded.body()).hasSize(1);
            assertThat(seeded.body().path(0).path("standard").asText()).isEqualTo("RECEPTION_WAIT");

            var recorded = http.post("inspector", "/service-observations", """
                    {"standard":"INFORMATION_SHARING","method":"SPOT_CHECK","outcome":"NONCONFORMITY",
                     "observedAt":"2026-11-25T15:00:00Z","severity":"SERIOUS",
                     "severityReason":"two departments worked a day on a system known to be down",
                     "evidence":"The outage notice was kept from the projects team.","employeeIds":["colleague"]}""");
            assertThat(recorded.status()).isEqualTo(201);
            var observation = recorded.body().path("observation").path("id").asText();
            assertThat(recorded.body().path("violations").path(0).path("proposedPenalty").asText()).isEqualTo("FINE");
            var decision = recorded.body().path("violations").path(0).path("decisionId").asText();

            var findings = http.get("colleague", "/employees/colleague/service-findings").body();
            assertThat(findings).hasSize(1);
            assertThat(findings.path(0).path("severity").asText()).isEqualTo("SERIOUS");
            var asConcerned = http.get("colleague", "/service-observations/" + observation).body();
            assertThat(asConcerned.has("recordedBy")).isFalse();
            assertThat(http.get("manager", "/service-observations/" + observation).body().path("recordedBy").asText())
                    .isEqualTo("inspector");
            var reasons = http.get("manager", "/decisions/" + decision).body().path("reasons");
            assertThat(reasons.path(0).path("message").asText()).isEqualTo("a SERIOUS nonconformity with "
                    + "INFORMATION_SHARING is at or above SERIOUS, which proposes a violation by itself");
            assertThat(reasons.path(1).path("message").asText()).isEqualTo("violations are penalised by severity: "
                    + "the finding proposes a SERIOUS company-rule violation (service)");
            assertThat(reasons.path(2).path("rule").asText()).isEqualTo("service.finding.violation.recorded");
            assertThat(reasons.path(2).path("message").asText()).endsWith("recorded; the ladder proposed FINE");
        }
    }
}
