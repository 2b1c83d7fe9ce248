package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through "a task from assignment to compliance facts" (§3.1), step by step over
 * HTTP against the example app on its embedded H2 database.
 */
class TaskWalkthroughTest {
    // The README counts the deadlines and the facts' period from now; this test counts them from this instant.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    @Test
    void aTaskGoesFromAnUnjustifiedRefusalThroughAnAdjustmentToCompletionAndItsComplianceFacts() throws IOException {
        try (var app = ExampleApp.start(AppOptions.parse("--port", "0", "--data", data.toString()), CLOCK)) {
            var http = new Http(app.port());
            var task = assignTheSurveyToColleague(http, deadlineInDays(10));

            theUnjustifiedRefusalSendsTheTaskBackWithAViolation(http, task);
            theAcceptedTaskIsAdjustedReportedAndCompleted(http, task);
            theComplianceFactsCountEachStep(http, task);
        }
    }

    private static String assignTheSurveyToColleague(Http http, Instant deadline) {
        var assigned = http.post("manager", "/tasks", """
                {"assigneeId":"colleague","title":"Branch satisfaction survey",
                 "objective":"Find out why waiting times grew",
                 "requirements":["Survey 50 customers","Summarise the causes"],
                 "qualityStandard":"Reviewed by the supervision group","deadline":"%s"}""".formatted(deadline));
        assertThat(assigned.status()).isEqualTo(201);
        var id = assigned.body().path("id").asText();

        var seen = http.get("colleague", "/tasks/" + id).body();
        assertThat(seen.path("status").asText()).isEqualTo("ASSIGNED");
        // Longer than seven days: the assignee reports weekly (§3.1.2).
        assertThat(seen.path("progressReportEvery").asText()).isEqualTo("P7D");
        assertThat(seen.path("terms").path(0).path("deadline").asText()).isEqualTo(deadline.toString());
        return id;
    }

    private static void theUnjustifiedRefusalSendsTheTaskBackWithAViolation(Http http, String task) {
        var blank = http.post("colleague", "/tasks/" + task + "/refuse", "{\"reason\":\" \"}");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body().path("clause").asText()).isEqualTo("§3.1.1");
        assertThat(blank.body().path("rule").asText()).isEqualTo("tasks.refuse.reason");

        var refused = http.post("colleague", "/tasks/" + task + "/refuse", "{\"reason\":\"surveys are not my job\"}");
        assertThat(refused.body().path("status").asText()).isEqualTo("REFUSED");

        var ruled = http.post("manager", "/tasks/" + task + "/rule-refusal",
                "{\"justified\":false,\"comment\":\"customer feedback is part of the role (§2.1.4)\"}").body();
        assertThat(ruled.path("task").path("status").asText()).isEqualTo("ASSIGNED");
        assertThat(ruled.path("violation").path("type").asText()).isEqualTo("TASK_REFUSED_WITHOUT_VALID_REASON");
        assertThat(ruled.path("penalty").path("step").asText()).isEqualTo("WARNING");
    }

    private static void theAcceptedTaskIsAdjustedReportedAndCompleted(Http http, String task) {
        assertThat(http.post("colleague", "/tasks/" + task + "/accept", "").body().path("status").asText())
                .isEqualTo("IN_PROGRESS");

        var firstDeadline = deadlineInDays(10);
        var newDeadline = deadlineInDays(14);
        var requested = http.post("colleague", "/tasks/" + task + "/request-adjustment", """
                {"newDeadline":"%s","reason":"the survey tool is down this week",
                 "proposedAlternative":"paper forms from Monday"}""".formatted(newDeadline)).body();
        // Asked more than 24 hours before the deadline (§3.1.1).
        assertThat(requested.path("adjustments").path(0).path("late").asBoolean(true)).isFalse();

        var terms = http.post("manager", "/tasks/" + task + "/decide-adjustment",
                "{\"adjustment\":1,\"approved\":true}").body().path("terms");
        assertThat(terms.findValuesAsText("version")).containsExactly("1", "2");
        assertThat(terms.findValuesAsText("deadline"))
                .containsExactly(firstDeadline.toString(), newDeadline.toString());

        var reported = http.post("colleague", "/tasks/" + task + "/progress",
                "{\"text\":\"31 customers surveyed\",\"percentDone\":60,\"blockers\":[]}").body();
        assertThat(reported.path("progressReports").path(0).path("percentDone").asInt()).isEqualTo(60);

        var unchecked = http.post("colleague", "/tasks/" + task + "/complete",
                "{\"summary\":\"report attached\",\"checks\":[{\"requirement\":1,\"met\":true}]}");
        assertThat(unchecked.status()).isEqualTo(422);
        assertThat(unchecked.body().path("rule").asText()).isEqualTo("tasks.completion.selfCheck");

        var completed = http.post("colleague", "/tasks/" + task + "/complete", """
                {"summary":"report attached","checks":[{"requirement":1,"met":true},
                 {"requirement":2,"met":true,"note":"queueing at the single counter"}]}""").body();
        assertThat(completed.path("completions").path(0).path("late").asBoolean(true)).isFalse();

        var reviewed = http.post("manager", "/tasks/" + task + "/review",
                "{\"outcome\":\"ACCEPTED\",\"qualityScore\":88,\"comments\":\"clear and actionable\"}");
        assertThat(reviewed.body().path("status").asText()).isEqualTo("COMPLETED");
    }

    private static void theComplianceFactsCountEachStep(Http http, String task) {
        var today = LocalDate.now(CLOCK);
        var from = today.minusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        var to = today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        var facts = http.get("manager", "/employees/colleague/compliance-facts?from=" + from + "&to=" + to).body();
        for (var fact : List.of("assigned", "refusedUnjustified", "adjustmentsApproved", "completedOnTime")) {
            assertThat(facts.path(fact).path("count").asInt()).as(fact).isEqualTo(1);
            assertThat(facts.path(fact).path("taskIds")).as(fact).extracting(JsonNode::asText).containsExactly(task);
        }
        assertThat(facts.path("meanQualityScore").decimalValue()).isEqualByComparingTo("88");
    }

    /** Nine o'clock UTC, {@code days} days from today, as the README's {@code date -u -d '+N days'} gives it. */
    private static Instant deadlineInDays(int days) {
        return LocalDate.now(CLOCK).plusDays(days).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }
}
