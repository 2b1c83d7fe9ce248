package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicepolicy.testkit.MutableClock;

/**
 * The README's walk-through "customer feedback" (§2.3.2), step by step over HTTP against the
 * example app on its embedded H2 database: a hotline complaint routed by the policy's rules,
 * assigned, answered, its result rejected by the customer with the tracking token, corrected and
 * accepted with a score; the public endpoints answer without logging in, nothing else does.
 */
class FeedbackWalkthroughTest {
    /** Monday 30 November 2026, 09:00 UTC: the company's calendar opens. */
    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

    @TempDir
    Path data;

    private static List<String> texts(JsonNode array, String member) {
        var out = new ArrayList<String>();
        array.forEach(item -> out.add(item.path(member).asText()));
        return out;
    }

    @Test
    @DisplayName("§2.3.2: a hotline complaint is routed, assigned, answered, rejected with the token, corrected and "
            + "accepted with a score")
    void aHotlineComplaintFromRecordToAcceptance() throws IOException {
        var clock = new MutableClock(START);
        try (var app = ExampleApp.start(AppOptions.parse("--port", "0", "--data", data.toString()), clock)) {
            var http = new Http(app.port());

            var rules = http.post("hr", "/policies", """
                    {"version":"feedback-routing","effectiveFrom":"2026-11-30T09:00:00Z",
                     "settings":{"feedback.areas":"general,counter,billing",
                     "feedback.routing":"COMPLAINT/*/counter=service; */*/billing=hq"}}""");
            assertThat(rules.status()).as(rules.body().toString()).isEqualTo(201);

            var recorded = http.post("colleague", "/feedback", """
                    {"channel":"COMPLAINT_HOTLINE","nature":"COMPLAINT","severity":"HIGH","area":"counter",
                     "summary":"Kept waiting at the counter","details":"Nobody greeted me for twenty minutes.",
                     "contact":"+86 138 0000 1234","employeesConcerned":["temp"]}""");
            assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
            var item = recorded.body().path("item");
            var id = item.path("id").asText();
            var token = recorded.body().path("trackingToken").asText();
            assertThat(token).hasSize(43);
            assertThat(item.path("status").asText()).isEqualTo("ROUTED");
            assertThat(item.path("departmentId").asText()).isEqualTo("service");
            assertThat(item.path("policyVersion").asText()).isEqualTo("feedback-routing");
            assertThat(item.path("firstResponseDue").path("dueAt").asText()).isEqualTo("2026-11-30T11:00:00Z");
            assertThat(item.path("resolutionDue").path("dueAt").asText()).isEqualTo("2026-12-01T18:00:00Z");

            var assigned = http.post("manager", "/feedback/" + id + "/responsible", """
                    {"employeeId":"staff"}""");
            assertThat(assigned.body().path("status").asText()).isEqualTo("IN_HANDLING");
            var explained = http.get("staff", "/feedback/" + id).body().path("firstResponseDue");
            assertThat(explained.path("reasons")).isNotEmpty();
            assertThat(texts(explained.path("reasons"), "clause")).containsOnly("§2.3.2");
            assertThat(http.get("staff", "/feedback/" + id).body().path("contact").asText())
                    .isEqualTo("+86 138 0000 1234");
            assertThat(http.get("temp", "/feedback/" + id).body().has("contact")).isFalse();

            clock.advance(Duration.ofMinutes(30));
            var responded = http.post("staff", "/feedback/" + id + "/response", """
                    {"text":"We are sorry; we are looking into it today."}""");
            assertThat(responded.body().has("firstResponseDue")).isFalse();
            var result = http.post("staff", "/feedback/" + id + "/result", """
                    {"text":"A second clerk now opens the counter at 9."}""");
            assertThat(result.body().path("status").asText()).isEqualTo("RESULT_REPORTED");

            clock.advance(Duration.ofMinutes(60));
            var rejected = http.post(null, "/public/feedback/" + token + "/rejection", """
                    {"comment":"Nobody apologised to me."}""");
            assertThat(rejected.status()).isEqualTo(200);
            assertThat(rejected.body().path("status").asText()).isEqualTo("REOPENED");
            assertThat(rejected.body().path("resolutionDue").asText()).isEqualTo("2026-12-02T10:30:00Z");
            assertThat(rejected.body().path("department").asText()).isEqualTo("Customer Service");
            assertThat(rejected.body().toString()).doesNotContain("staff", "temp");

            var uncorrected = http.post("staff", "/feedback/" + id + "/result", """
                    {"text":"We apologise."}""");
            assertThat(uncorrected.status()).isEqualTo(422);
            assertThat(uncorrected.body().path("rule").asText()).isEqualTo("feedback.result.correction-first");
            assertThat(http.post("staff", "/feedback/" + id + "/corrective-action", """
                    {"causeAnalysis":"The counter had no cover before 9.","action":"Rota changed; staff briefed."}""")
                    .status()).isEqualTo(200);
            var second = http.post("staff", "/feedback/" + id + "/result", """
                    {"text":"We apologise; the counter is now staffed from 8:45."}""");
            assertThat(second.body().path("round").asInt()).isEqualTo(2);

            var accepted = http.post(null, "/public/feedback/" + token + "/acceptance", """
                    {"score":4}""");
            assertThat(accepted.body().path("status").asText()).isEqualTo("ACCEPTED");
            assertThat(texts(accepted.body().path("rounds"), "rejected")).containsExactly("true", "false");
            var closed = http.get("manager", "/feedback/" + id).body();
            assertThat(closed.path("satisfaction").asInt()).isEqualTo(4);
            assertThat(texts(closed.path("rounds"), "correctiveAction"))
                    .containsExactly("", "Rota changed; staff briefed.");
        }
    }

    @Test
    @DisplayName("§2.3.2: a customer submits online and tracks without logging in; everything else still needs a login")
    void thePublicPathsNeedNoLoginAndNothingElseIsOpened() throws IOException {
        try (var app = ExampleApp.start(AppOptions.parse("--port", "0", "--data", data.toString()),
                new MutableClock(START))) {
            var http = new Http(app.port());

            var submitted = http.post(null, "/public/feedback", """
                    {"nature":"SUGGESTION","area":"general","summary":"Longer hours",
                     "details":"Please open on Saturdays."}""");
            assertThat(submitted.status()).isEqualTo(201);
            var token = submitted.body().path("trackingToken").asText();
            assertThat(http.get(null, "/public/feedback/" + token).body().path("status").asText())
                    .isEqualTo("UNROUTED");
            assertThat(http.get("wrong:password", "/public/feedback/" + token).status()).isEqualTo(200);

            assertThat(http.get(null, "/feedback").status()).isEqualTo(401);
            assertThat(http.post(null, "/feedback/sweep", "").status()).isEqualTo(401);
            assertThat(http.get(null, "/employees").status()).isEqualTo(401);
            assertThat(http.get("hr", "/feedback").body()).hasSize(1);
        }
    }
}
