package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through "a service evaluation" (§2.3.3, §5.2.2), step by step over HTTP
 * against the example app on its embedded H2 database, with its seeded survey scores and
 * observation.
 */
class ServiceEvaluationWalkthroughTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private static String scores(String employee, int score) {
        return """
                {"employeeId":"%s","scores":{"CUSTOMER_SATISFACTION":%d,"EFFICIENCY":%d,"COMMUNICATION":%d,"ATTITUDE":%d}}"""
                .formatted(employee, score, score, score, score);
    }

    private static List<String> texts(JsonNode array, String member) {
        var out = new ArrayList<String>();
        array.forEach(item -> out.add(item.path(member).asText()));
        return out;
    }

    @Test
    @DisplayName("§2.3.3, §5.2.2: a period is opened, scored and finalised; EXCELLENT is rewarded, SUBSTANDARD followed up")
    void aServiceEvaluationFromOpeningToItsOutcomes() throws IOException {
        try (var app = ExampleApp.start(AppOptions.parse("--port", "0", "--data", data.toString()), CLOCK)) {
            var http = new Http(app.port());

            var opened = http.post("hr", "/service-evaluation-periods", """
                    {"name":"Customer Service, March 2024","from":"2024-03-01","to":"2024-03-31",
                     "departmentIds":["service"]}""");
            assertThat(opened.status()).isEqualTo(201);
            var period = opened.body().path("id").asText();
            assertThat(http.post("inspector", "/customer-scores", """
                    {"employeeId":"staff","score":4,"source":"CUSTOMER_FEEDBACK","sourceReference":"survey 2024-W12",
                     "givenAt":"2024-03-20T08:00:00Z"}""").status()).isEqualTo(201);
            assertThat(http.post("manager", "/service-evaluation-periods/" + period + "/scores", scores("staff", 92))
                    .body().path("role").asText()).isEqualTo("SUPERIOR");
            assertThat(http.post("inspector", "/service-evaluation-periods/" + period + "/scores", scores("staff", 90))
                    .body().path("role").asText()).isEqualTo("SUPERVISION_GROUP");
            http.post("manager", "/service-evaluation-periods/" + period + "/scores", scores("colleague", 55));
            var own = http.get("staff", "/service-evaluation-periods/" + period + "/scores").body();
            assertThat(texts(own, "role")).containsExactly("SUPERIOR", "SUPERVISION_GROUP");
            assertThat(own.path(0).has("scorerId")).isFalse();

            var finalised = http.post("hr", "/service-evaluation-periods/" + period + "/finalise", "");
            assertThat(finalised.status()).isEqualTo(200);
            var results = finalised.body().path("results");
            assertThat(texts(results, "employeeId")).containsExactly("colleague", "staff");
            assertThat(texts(results, "band")).containsExactly("SUBSTANDARD", "EXCELLENT");
            assertThat(texts(results, "score")).containsExactly("56.97", "91.78");
            assertThat(texts(finalised.body().path("followUps"), "kind")).containsExactly("COACHING");

            var staff = http.get("staff", "/employees/staff/service-evaluations").body().path(0);
            assertThat(staff.path("dimensionScores").path("EFFICIENCY").decimalValue()).isEqualByComparingTo("93");
            var reasons = http.get("manager", "/decisions/" + staff.path("decisionId").asText()).body().path("reasons");
            assertThat(texts(reasons, "message")).contains(
                    "EFFICIENCY by data analysis: finding %s (RECEPTION_WAIT, MINOR, SUPERVISION) deducts 5".formatted(
                            http.get("staff", "/employees/staff/service-findings").body().path(0).path("id").asText()),
                    "the service score is 91.78 by the dimension weights {CUSTOMER_SATISFACTION=0.4, EFFICIENCY=0.2, "
                            + "COMMUNICATION=0.2, ATTITUDE=0.2}: EXCELLENT (EXCELLENT from 90, STANDARD from 70)");
            var rewards = http.get("hr", "/employees/staff/rewards").body();
            assertThat(texts(rewards, "trigger")).containsExactly("service.evaluation.EXCELLENT");
            var violations = http.get("hr", "/employees/colleague/violations").body();
            assertThat(texts(violations, "ruleArea")).containsExactly("SERVICE");
            var eligibility = http.get("hr", "/employees/colleague/promotion-eligibility").body();
            var goodService = new ArrayList<JsonNode>();
            eligibility.path("conditions").forEach(c -> {
                if (c.path("id").asText().equals("good-service")) {
                    goodService.add(c);
                }
            });
            assertThat(goodService).singleElement().satisfies(c -> assertThat(c.path("met").asBoolean()).isFalse());
        }
    }
}
