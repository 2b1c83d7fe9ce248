package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's walk-through, run against the example app on its embedded H2 database. */
class ExampleAppTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private ExampleApp start(String... extra) throws IOException {
        var args = new java.util.ArrayList<>(java.util.List.of("--port", "0", "--data", data.toString()));
        args.addAll(java.util.List.of(extra));
        return ExampleApp.start(AppOptions.parse(args.toArray(String[]::new)), CLOCK);
    }

    @Test
    void fourViolationsClimbTheLadderToDismissalWithReasonsCitingTheClause() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            assertThat(http.get("staff", "/me").body().path("employee").path("level").asInt()).isEqualTo(3);

            var warning = http.post("hr", "/violations", """
                    {"employeeId":"staff","type":"LATE_ARRIVAL","occurredAt":"2026-11-16T09:10:00Z","minutes":10,
                     "description":"10 minutes late for the morning shift"}""");
            assertThat(warning.status()).isEqualTo(201);
            assertThat(warning.body().path("penalty").path("step").asText()).isEqualTo("WARNING");
            assertThat(warning.body().path("penalty").path("status").asText()).isEqualTo("PROPOSED");

            var fine = http.post("manager", "/violations", """
                    {"employeeId":"staff","type":"LATE_ARRIVAL","occurredAt":"2026-11-17T09:45:00Z","minutes":45,
                     "description":"45 minutes late"}""");
            assertThat(fine.body().path("penalty").path("step").asText()).isEqualTo("FINE");
            assertThat(fine.body().path("penalty").path("fine").path("amount").decimalValue()).isEqualByComparingTo("200");

            var demotion = http.post("hr", "/violations", """
                    {"employeeId":"staff","type":"CONFIDENTIALITY_BREACH","occurredAt":"2026-11-18T14:00:00Z",
                     "description":"forwarded the price list to a competitor"}""");
            assertThat(demotion.body().path("penalty").path("step").asText()).isEqualTo("DEMOTION");

            var dismissal = http.post("hr", "/violations", """
                    {"employeeId":"staff","type":"NON_WORK_ACTIVITY","occurredAt":"2026-11-19T11:00:00Z",
                     "description":"playing games during opening hours"}""");
            var penalty = dismissal.body().path("penalty");
            assertThat(penalty.path("step").asText()).isEqualTo("DISMISSAL");

            var decision = http.get("staff", "/decisions/" + penalty.path("decisionId").asText()).body();
            assertThat(decision.path("policyVersion").asText()).isEqualTo("standard");
            assertThat(decision.path("reasons").findValuesAsText("clause")).contains("§3.3.3");
            assertThat(decision.path("reasons").findValuesAsText("message"))
                    .anySatisfy(m -> assertThat(m).contains("8 point(s) fall in the DISMISSAL band (8+ points)"));
            var hidden = http.get("colleague", "/decisions/" + penalty.path("decisionId").asText());
            var neverMade = http.get("colleague", "/decisions/no-such-decision");
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.body().path("title").asText()).isEqualTo("Not found");
            assertThat(hidden.body().path("detail").asText()).doesNotContain("staff");
            assertThat(hidden.body().toString().replace(penalty.path("decisionId").asText(), "no-such-decision"))
                    .isEqualTo(neverMade.body().toString());

            var manager = http.post("manager", "/penalties/" + penalty.path("id").asText() + "/issue", "");
            assertThat(manager.status()).isEqualTo(403);
            assertThat(manager.contentType()).startsWith("application/problem+json");
            assertThat(http.post("hr", "/penalties/" + penalty.path("id").asText() + "/issue", "").status())
                    .isEqualTo(200);
            assertThat(http.get("hr", "/employees/staff").body().path("status").asText()).isEqualTo("DISMISSED");

            var appeal = http.post("staff", "/penalties/" + penalty.path("id").asText() + "/appeal",
                    "{\"reason\":\"the game was a customer demo\"}");
            assertThat(appeal.body().path("status").asText()).isEqualTo("APPEALED");
            var revoked = http.post("hr2", "/penalties/" + penalty.path("id").asText() + "/decide-appeal",
                    "{\"outcome\":\"REVOKED\",\"reason\":\"the demo was booked in the calendar\"}");
            assertThat(revoked.body().path("status").asText()).isEqualTo("REVOKED");
            assertThat(http.get("hr", "/employees/staff").body().path("status").asText()).isEqualTo("ON_POST");
        }
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStoresNothing() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            var response = http.post("hr", "/violations", """
                    {"employeeId":"staff","type":"LATE_ARRIVAL","occurredAt":"2026-11-16T09:10:00Z","minutes":-5,
                     "description":"late"}""");
            assertThat(response.status()).isEqualTo(422);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().path("errors").findValuesAsText("field")).containsExactly("minutes");
            assertThat(http.get("hr", "/employees/staff/violations").body()).isEmpty();
        }
    }

    @Test
    void aRetryWithTheSameKeyRecordsOneViolationAndAnswersTheFirstResponse() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            var key = "3f2b8c1e-6d4a-4f57-9a0e-2c1d5b7e9f10";
            var late = """
                    {"employeeId":"temp","type":"LATE_ARRIVAL","occurredAt":"2026-11-20T09:05:00Z","minutes":5,
                     "description":"5 minutes late"}""";

            var first = http.post("manager", "/violations", late, key);
            var retry = http.post("manager", "/violations", late, key);

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.headers().firstValue("Idempotency-Replayed")).contains("true");
            assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(http.get("manager", "/employees/temp/violations").body()).hasSize(1);
            assertThat(http.get("manager", "/employees/temp/penalties").body()).hasSize(1);

            var other = http.post("manager", "/violations", late.replace("\"minutes\":5", "\"minutes\":6"), key);
            assertThat(other.status()).isEqualTo(422);
            assertThat(other.body().path("errors").findValuesAsText("field")).containsExactly("Idempotency-Key");
            assertThat(http.post("hr", "/violations", late, key).status()).isEqualTo(201);
            assertThat(http.get("manager", "/employees/temp/violations").body()).hasSize(2);
        }
    }

    @Test
    void dataSurvivesARestartAndTheDemoIsSeededOnce() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            assertThat(http.post("hr", "/violations", """
                    {"employeeId":"staff","type":"LATE_ARRIVAL","occurredAt":"2026-11-16T09:10:00Z","minutes":10,
                     "description":"late"}""").status()).isEqualTo(201);
        }
        try (var app = start()) {
            var http = new Http(app.port());
            assertThat(http.get("hr", "/employees/staff/violations").body()).hasSize(1);
            assertThat(http.get("hr", "/employees").body()).hasSize(DemoData.ACCOUNTS.size());
        }
    }

    @Test
    void theServiceRecordsAreSeededOnceWithAnOpenCaseAndAReturnVisitOwed() throws IOException {
        for (int start = 0; start < 2; start++) {
            try (var app = start()) {
                var http = new Http(app.port());
                var open = http.get("hr", "/employees/staff/service-cases").body();
                assertThat(open).hasSize(1);
                assertThat(open.path(0).path("finishedAt").isMissingNode()
                        || open.path(0).path("finishedAt").isNull()).isTrue();
                assertThat(open.path(0).path("dueAt").asText()).isEqualTo("2026-11-25T14:00:00Z");
                var finished = http.get("hr", "/employees/colleague/service-cases").body();
                assertThat(finished).hasSize(1);
                assertThat(finished.path(0).path("returnVisit").path("dueAt").asText())
                        .isEqualTo("2026-12-25T10:00:00Z");
                assertThat(http.get("hr", "/employees/colleague/service-findings").body()).isEmpty();
            }
        }
    }

    @Test
    void accountsComeFromAFileOfHashesAndWrongPasswordsAreRefused() throws IOException {
        var users = data.resolve("users.txt");
        Files.writeString(users, "# username:employeeId:hash\nboss:hr:" + new PasswordHasher().hash("s3cret".toCharArray())
                + "\n");
        try (var app = start("--users", users.toString(), "--first-hr", "hr")) {
            var http = new Http(app.port());
            assertThat(http.get("hr", "/me").status()).isEqualTo(401);
            assertThat(http.get(null, "/me").status()).isEqualTo(401);
            assertThat(http.get("boss:wrong", "/me").status()).isEqualTo(401);
            var me = http.get("boss:s3cret", "/me");
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.body().path("employee").path("id").asText()).isEqualTo("hr");
        }
    }

    @Test
    void anAccountsFileWithAPlainPasswordIsRefused() throws IOException {
        var users = data.resolve("users.txt");
        Files.writeString(users, "boss:hr:demo\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> start("--users", users.toString()))
                .hasMessageContaining("line 1");
    }
}
