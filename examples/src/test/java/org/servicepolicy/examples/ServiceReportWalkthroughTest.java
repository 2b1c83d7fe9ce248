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
 * The README's walk-through "a peer's service report is confirmed and rewarded" (§2.3.1), step
 * by step over HTTP against the example app on its embedded H2 database.
 */
class ServiceReportWalkthroughTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    @DisplayName("§2.3.1: staff reports a colleague; the group confirms it; the finding and the reward follow, the reporter stays hidden")
    void aPeersReportIsConfirmedAndRewarded() throws IOException {
        try (var app = ExampleApp.start(AppOptions.parse("--port", "0", "--data", data.toString()), CLOCK)) {
            var http = new Http(app.port());

            var filed = http.post("staff", "/service-reports", """
                    {"subjectKind":"EMPLOYEE","subjectReference":"colleague","standard":"PROMISED_REPLY",
                     "description":"Promised Mrs Li a call-back by noon about her refund; none came.",
                     "happenedAt":"2026-11-25T12:00:00Z","addressedTo":"SUPERVISION_GROUP"}""");
            assertThat(filed.status()).isEqualTo(201);
            assertThat(filed.body().path("status").asText()).isEqualTo("OPEN");
            var report = filed.body().path("id").asText();
            assertThat(http.get("colleague", "/service-reports/" + report).status()).isEqualTo(404);

            var ruled = http.post("inspector", "/service-reports/" + report + "/confirmation", """
                    {"severity":"MODERATE","note":"Mrs Li's e-mail of 14:05 confirms it."}""");
            assertThat(ruled.status()).isEqualTo(200);
            assertThat(ruled.body().path("report").path("status").asText()).isEqualTo("CONFIRMED");
            assertThat(ruled.body().path("finding").path("source").asText()).isEqualTo("PEER_REPORT");
            assertThat(ruled.body().path("rewards").path(0).path("employeeId").asText()).isEqualTo("staff");
            assertThat(ruled.body().path("rewards").path(0).path("kinds").path(0).asText()).isEqualTo("BONUS");
            assertThat(ruled.body().path("rewards").path(0).path("bonus").path("amount").decimalValue())
                    .isEqualByComparingTo("200");
            var decision = ruled.body().path("decision").path("reasons");
            assertThat(decision.path(0).path("message").asText()).isEqualTo("the service supervision group "
                    + "confirmed service report " + report + " about a colleague as effective information");

            var findings = http.get("colleague", "/employees/colleague/service-findings").body();
            assertThat(findings).hasSize(1);
            assertThat(findings.path(0).path("severity").asText()).isEqualTo("MODERATE");
            assertThat(findings.path(0).path("source").asText()).isEqualTo("PEER_REPORT");
            for (var reader : new String[] {"colleague", "manager"}) {
                var seen = http.get(reader, "/service-reports/" + report).body();
                assertThat(seen.path("status").asText()).isEqualTo("CONFIRMED");
                assertThat(seen.has("reporterId")).as(reader).isFalse();
            }
            assertThat(http.get("hr", "/service-reports/" + report).body().path("reporterId").asText())
                    .isEqualTo("staff");
            var rewards = http.get("staff", "/employees/staff/rewards").body();
            assertThat(rewards).hasSize(1);
            assertThat(rewards.path(0).path("trigger").asText()).isEqualTo("service.report.effective");
            assertThat(rewards.path(0).path("status").asText()).isEqualTo("PROPOSED");
            assertThat(http.post("inspector", "/service-reports/" + report + "/dismissal", """
                    {"reason":"second thoughts"}""").status()).isEqualTo(409);
        }
    }
}
