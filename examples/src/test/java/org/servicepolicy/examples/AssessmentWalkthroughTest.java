package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's walk-through "a compliance assessment, a reward and promotion" (§3.3.1, §3.3.2,
 * §4.3.2) and its suggestion (§5.2.1), step by step over HTTP against the example app on its
 * embedded H2 database.
 */
class AssessmentWalkthroughTest {
    // After the penalties walk-through's violations and after the November cycle has ended, as when the README ran.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    private static final String CYCLE = "/assessment-cycles/2026-11";

    @TempDir
    Path data;

    private ExampleApp start() throws IOException {
        return ExampleApp.start(AppOptions.parse("--port", "0", "--data", data.toString()), CLOCK);
    }

    @Test
    void finalizingTheNovemberCycleGradesEveryoneAndCapsStaffAtQualifiedForTheSeriousViolation() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            staffClimbsTheLadderAndTheDismissalIsRevoked(http);
            hrOpensTheNovemberCycleForService(http);
            everyoneIsEvaluatedAsTheReadmeShows(http);

            var finalized = http.post("hr", CYCLE + "/finalize", "");
            assertThat(finalized.status()).isEqualTo(200);
            assertThat(strings(finalized.body().path("grades"), grade -> "%s %s %s %s".formatted(
                    grade.path("employeeId").asText(), grade.path("grade").asText(),
                    grade.path("total").decimalValue().toPlainString(),
                    grade.path("salaryAdjustment").decimalValue().toPlainString())))
                    .containsExactly(
                            "colleague EXCELLENT 94.57 0.08",
                            "manager GOOD 88.48 0.05",
                            "staff QUALIFIED 76.37 0.02",
                            "temp GOOD 79.11 0.05");

            var reasons = http.get("staff", "/employees/staff/grades").body().path(0).path("decision").path("reasons");
            assertThat(strings(reasons, reason -> reason.path("clause").asText() + " " + reason.path("rule").asText()))
                    .containsExactly(
                            "§1.3.3 assessment.fairness",
                            "§3.3.1 assessment.evaluations.superior",
                            "§3.3.1 assessment.evaluations.peer",
                            "§3.3.1 assessment.evaluations.self",
                            "§3.3.3 assessment.deduction.violation",
                            "§3.3.3 assessment.deduction.violation",
                            "§3.3.3 assessment.deduction.violation",
                            "§3.3.1 assessment.component",
                            "§3.3.1 assessment.component",
                            "§3.3.1 assessment.component",
                            "§3.3.1 assessment.total",
                            "§3.3.1 assessment.band",
                            "§3.3.3 assessment.cap.violation",
                            "§3.3.1 assessment.salary-adjustment");
            var messages = strings(reasons, reason -> reason.path("message").asText());
            assertThat(messages.get(1)).endsWith(
                    "task acceptance 85.00, task execution 80.00, rules and discipline 70.00 (weight 50%)");
            // The dismissal's NON_WORK_ACTIVITY deducts nothing: its violation was voided with the revoked dismissal.
            assertThat(messages.subList(4, 7)).satisfiesExactly(
                    m -> assertThat(m).contains("(MINOR LATE_ARRIVAL) at 2026-11-16T09:10:00Z deducts 2 point(s)"),
                    m -> assertThat(m).contains("(MODERATE LATE_ARRIVAL) at 2026-11-17T09:45:00Z deducts 5 point(s)"),
                    m -> assertThat(m).contains(
                            "(SERIOUS CONFIDENTIALITY_BREACH) at 2026-11-18T14:00:00Z deducts 10 point(s)"));
            assertThat(messages.get(9)).isEqualTo(
                    "RULES_AND_DISCIPLINE: evaluations weigh 74.95, minus 17 point(s) deducted, within 0-100: 57.95");
            assertThat(messages.get(10)).isEqualTo("total 30% x 86.60 + 40% x 82.50 + 30% x 57.95 = 76.37");
            assertThat(messages.get(11)).isEqualTo("76.37 is GOOD (from 75 to below 90)");
            assertThat(messages.get(12)).startsWith("a SERIOUS violation in the period")
                    .endsWith("allows at most QUALIFIED: GOOD becomes QUALIFIED");
            assertThat(messages.get(13)).startsWith("grade QUALIFIED recommends a salary adjustment of 2%");
        }
    }

    @Test
    void theExcellentGradeEarnsAGrantedRewardAndACommendationButNoPromotionYet() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            staffClimbsTheLadderAndTheDismissalIsRevoked(http);
            hrOpensTheNovemberCycleForService(http);
            everyoneIsEvaluatedAsTheReadmeShows(http);
            assertThat(http.post("hr", CYCLE + "/finalize", "").status()).isEqualTo(200);

            var proposed = http.get("hr", "/rewards?status=PROPOSED").body();
            assertThat(strings(proposed, reward -> reward.path("employeeId").asText())).containsExactly("colleague");
            var reward = "/rewards/" + proposed.path(0).path("id").asText();
            var seen = http.get("hr", reward).body();
            assertThat(strings(seen.path("kinds"), JsonNode::asText))
                    .containsExactly("HONOUR_CERTIFICATE", "BONUS", "PUBLIC_COMMENDATION");
            assertThat(seen.path("bonus").path("amount").decimalValue()).isEqualByComparingTo("2000");
            assertThat(seen.path("bonus").path("currency").asText()).isEqualTo("CNY");

            var byTheRewarded = http.post("colleague", reward + "/approve", "");
            assertThat(byTheRewarded.status()).isEqualTo(403);
            assertThat(byTheRewarded.body().path("title").asText()).isEqualTo("Access denied");
            assertThat(http.post("hr", reward + "/approve", "").body().path("status").asText()).isEqualTo("APPROVED");
            assertThat(http.post("hr", reward + "/grant", "").body().path("status").asText()).isEqualTo("GRANTED");

            assertThat(strings(http.get("temp", "/commendations").body(),
                    commendation -> commendation.path("name").asText() + ": " + commendation.path("citation").asText()))
                    .containsExactly("Lin Zhou: graded EXCELLENT in assessment November 2026 "
                            + "(2026-11-01 to 2026-11-25), total 94.57");

            var eligibility = http.get("colleague", "/employees/colleague/promotion-eligibility").body();
            assertThat(eligibility.path("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
            assertThat(strings(eligibility.path("conditions"),
                    condition -> condition.path("met").asText() + " " + condition.path("id").asText()))
                    .containsExactly("false recent-grades", "true no-penalty-in-force", "true time-at-level",
                            "true not-dismissed", "true good-service", "false training-current");
            assertThat(eligibility.path("conditions").path(0).path("reason").path("message").asText())
                    .isEqualTo("needs 2 finalised grade(s), has 1: EXCELLENT (2026-11-01 to 2026-11-25)");
        }
    }

    @Test
    void anAdoptedSuggestionProposesItsOwnBonus() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            var submitted = http.post("staff", "/suggestions", """
                    {"title":"A second counter at lunchtime",
                     "text":"Queues double between 12:00 and 13:00; open the second counter then.",
                     "area":"PROCESSES"}""");
            assertThat(submitted.status()).isEqualTo(201);
            var suggestion = "/suggestions/" + submitted.body().path("id").asText();

            assertThat(http.post("hr", suggestion + "/assign-reviewer", "{\"reviewerId\":\"manager\"}")
                    .body().path("status").asText()).isEqualTo("UNDER_REVIEW");
            assertThat(http.post("manager", suggestion + "/adopt", "{\"note\":\"from next Monday\"}")
                    .body().path("status").asText()).isEqualTo("ADOPTED");

            var rewards = http.get("staff", suggestion + "/rewards").body();
            assertThat(rewards).hasSize(1);
            assertThat(strings(rewards.path(0).path("kinds"), JsonNode::asText)).containsExactly("BONUS");
            assertThat(rewards.path(0).path("bonus").path("amount").decimalValue()).isEqualByComparingTo("500");
            assertThat(rewards.path(0).path("bonus").path("currency").asText()).isEqualTo("CNY");
            assertThat(rewards.path(0).path("status").asText()).isEqualTo("PROPOSED");
        }
    }

    /**
     * The README's progressive-penalties walk-through: four violations by staff, and a dismissal
     * issued, appealed and revoked, which voids the last violation (§3.3.3, §3.4).
     */
    private static void staffClimbsTheLadderAndTheDismissalIsRevoked(Http http) {
        recordViolation(http, "hr", """
                {"employeeId":"staff","type":"LATE_ARRIVAL","occurredAt":"2026-11-16T09:10:00Z","minutes":10,
                 "description":"10 minutes late for the morning shift"}""");
        recordViolation(http, "manager", """
                {"employeeId":"staff","type":"LATE_ARRIVAL","occurredAt":"2026-11-17T09:45:00Z","minutes":45,
                 "description":"45 minutes late"}""");
        recordViolation(http, "hr", """
                {"employeeId":"staff","type":"CONFIDENTIALITY_BREACH","occurredAt":"2026-11-18T14:00:00Z",
                 "description":"forwarded the price list to a competitor"}""");
        var dismissal = recordViolation(http, "hr", """
                {"employeeId":"staff","type":"NON_WORK_ACTIVITY","occurredAt":"2026-11-19T11:00:00Z",
                 "description":"playing games during opening hours"}""").path("penalty");
        assertThat(dismissal.path("step").asText()).isEqualTo("DISMISSAL");

        var penalty = "/penalties/" + dismissal.path("id").asText();
        assertThat(http.post("hr", penalty + "/issue", "").body().path("status").asText()).isEqualTo("ISSUED");
        assertThat(http.post("staff", penalty + "/appeal", "{\"reason\":\"the game was a customer demo\"}")
                .body().path("status").asText()).isEqualTo("APPEALED");
        assertThat(http.post("hr2", penalty + "/decide-appeal",
                "{\"outcome\":\"REVOKED\",\"reason\":\"the demo was booked in the calendar\"}")
                .body().path("status").asText()).isEqualTo("REVOKED");
    }

    private static JsonNode recordViolation(Http http, String recorder, String violation) {
        var recorded = http.post(recorder, "/violations", violation);
        assertThat(recorded.status()).isEqualTo(201);
        return recorded.body();
    }

    private static void hrOpensTheNovemberCycleForService(Http http) {
        var opened = http.post("hr", "/assessment-cycles", """
                {"id":"2026-11","name":"November 2026","from":"2026-11-01","to":"2026-11-25",
                 "departmentIds":["service"]}""").body();
        assertThat(opened.path("status").asText()).isEqualTo("OPEN");
        assertThat(strings(opened.path("departmentIds"), JsonNode::asText)).containsExactly("service");
    }

    /**
     * Each of the four people in service by their direct superior (manager has none), two peers and
     * themself; the manager's peers are HR, of another department, since everyone else in service
     * reports to them, and a subordinate who tries is refused (§3.3.1).
     */
    private static void everyoneIsEvaluatedAsTheReadmeShows(Http http) {
        evaluate(http, "manager", "colleague", "SUPERIOR", 96, 95, 97, "ran the branch survey well");
        evaluate(http, "staff", "colleague", "PEER", 94, 92, 95, "always helps at the counter");
        evaluate(http, "temp", "colleague", "PEER", 95, 93, 96, "explains procedures in one go");
        evaluate(http, "colleague", "colleague", "SELF", 92, 90, 95, "survey done, adjustment asked in time");
        evaluate(http, "manager", "staff", "SUPERIOR", 85, 80, 70, "good with customers, careless with rules");
        evaluate(http, "colleague", "staff", "PEER", 88, 82, 75, "reliable on shift");
        evaluate(http, "temp", "staff", "PEER", 86, 84, 78, "helpful");
        evaluate(http, "staff", "staff", "SELF", 90, 88, 85, "I learnt from the appeal");
        evaluate(http, "manager", "temp", "SUPERIOR", 78, 76, 80, "still learning the procedures");
        evaluate(http, "staff", "temp", "PEER", 80, 78, 82, "asks when unsure");
        evaluate(http, "colleague", "temp", "PEER", 79, 77, 81, "punctual");
        evaluate(http, "temp", "temp", "SELF", 82, 80, 85, "first month here");
        evaluate(http, "hr", "manager", "PEER", 88, 86, 90, "runs a calm department");
        evaluate(http, "hr2", "manager", "PEER", 87, 85, 91, "clear instructions");
        evaluate(http, "manager", "manager", "SELF", 90, 88, 92, "team grew");
        var bySubordinate = http.post("staff", CYCLE + "/evaluations", """
                {"employeeId":"manager","taskAcceptance":60,"taskExecution":60,"rulesAndDiscipline":60,
                 "comment":"my own manager"}""");
        assertThat(bySubordinate.status()).isEqualTo(422);
        assertThat(bySubordinate.body().path("clause").asText()).isEqualTo("§3.3.1");
        assertThat(bySubordinate.body().path("rule").asText()).isEqualTo("assessment.evaluation.evaluator");
        assertThat(http.get("hr", CYCLE + "/missing").body()).isEmpty();
    }

    private static void evaluate(Http http, String evaluator, String employee, String role, int taskAcceptance,
                                 int taskExecution, int rulesAndDiscipline, String comment) {
        var evaluation = http.post(evaluator, CYCLE + "/evaluations", """
                {"employeeId":"%s","taskAcceptance":%d,"taskExecution":%d,"rulesAndDiscipline":%d,"comment":"%s"}"""
                .formatted(employee, taskAcceptance, taskExecution, rulesAndDiscipline, comment));
        assertThat(evaluation.status()).isEqualTo(201);
        assertThat(evaluation.body().path("role").asText()).isEqualTo(role);
    }

    private static List<String> strings(JsonNode array, Function<JsonNode, String> text) {
        return StreamSupport.stream(array.spliterator(), false).map(text).toList();
    }
}
