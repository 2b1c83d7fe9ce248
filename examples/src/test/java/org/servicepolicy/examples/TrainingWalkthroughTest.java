package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicepolicy.testkit.MutableClock;

/**
 * The README's walk-through "training, the posting gate, sponsorship and an internal selection"
 * (§4.1, §4.2, §4.3), step by step over HTTP against the example app on its embedded H2 database:
 * a new hire fails, retakes and passes the new-hire programmes and goes on post, a colleague
 * catches up on the yearly programmes, has an external course sponsored and is chosen in an
 * internal selection. The README's sessions start a few seconds ahead and it sleeps; this test
 * moves its clock instead.
 */
class TrainingWalkthroughTest {
    /** Monday 30 November 2026, 09:00 UTC. */
    private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");
    private static final Duration SESSION_AHEAD = Duration.ofSeconds(5);

    /** The November cycle's evaluations in the README's assessment walk-through: evaluator, employee, scores. */
    private static final List<String[]> EVALUATIONS = List.of(
            new String[] {"manager", "colleague", "96", "95", "97"},
            new String[] {"staff", "colleague", "94", "92", "95"},
            new String[] {"temp", "colleague", "95", "93", "96"},
            new String[] {"colleague", "colleague", "92", "90", "95"},
            new String[] {"manager", "staff", "85", "80", "70"},
            new String[] {"colleague", "staff", "88", "82", "75"},
            new String[] {"temp", "staff", "86", "84", "78"},
            new String[] {"staff", "staff", "90", "88", "85"},
            new String[] {"manager", "temp", "78", "76", "80"},
            new String[] {"staff", "temp", "80", "78", "82"},
            new String[] {"colleague", "temp", "79", "77", "81"},
            new String[] {"temp", "temp", "82", "80", "85"},
            new String[] {"hr", "manager", "88", "86", "90"},
            new String[] {"hr2", "manager", "87", "85", "91"},
            new String[] {"manager", "manager", "90", "88", "92"});

    private static final String COUNTER_SHIFT = """
            {"assigneeId":"newhire","title":"Counter shift","objective":"Open the counter",
             "requirements":["Greet each customer"],"qualityStandard":"No customer waits over 5 minutes",
             "deadline":"2026-12-04T09:00:00Z"}""";

    @TempDir
    Path data;

    private static List<String> texts(JsonNode array, String member) {
        var out = new ArrayList<String>();
        array.forEach(item -> out.add(item.path(member).asText()));
        return out;
    }

    @Test
    @DisplayName("§4.1.1, §4.2.2, §4.1.2, §4.3.2: a hire passes the new-hire programmes and goes on post; a colleague "
            + "catches up on the yearly programmes, is sponsored within the cap and chosen in a selection")
    void fromOnboardingToAnInternalSelection() throws IOException {
        var clock = new MutableClock(START);
        try (var app = ExampleApp.start(AppOptions.parse("--port", "0", "--data", data.toString()), clock)) {
            var http = new Http(app.port());
            finalizeCycle(http, "2026-11", "November 2026", "2026-11-01", "2026-11-25");

            aNewHireGoesOnPostOnlyThroughTraining(http, clock);
            aRefresherFallsDueAndIsMet(http, clock);
            hrSponsorsAnExternalCourseWithinTheCap(http);
            finalizeCycle(http, "2026-10", "October 2026", "2026-10-01", "2026-10-31");
            theEligibleColleagueIsChosenAndMoves(http, clock);
        }
    }

    private static void aNewHireGoesOnPostOnlyThroughTraining(Http http, MutableClock clock) {
        var hired = http.post("hr", "/employees", """
                {"id":"newhire","name":"Yu Lin","category":"STAFF","supervisorId":"manager",
                 "departmentId":"service","level":1,"hireDate":"2026-11-30"}""");
        assertThat(hired.status()).as(hired.body().toString()).isEqualTo(201);
        assertThat(hired.body().path("status").asText()).isEqualTo("ONBOARDING");
        assertThat(hired.body().path("level").asInt()).isEqualTo(1);

        var tooEarly = http.post("manager", "/tasks", COUNTER_SHIFT);
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.body().path("clause").asText()).isEqualTo("§4.1.1");
        assertThat(tooEarly.body().path("rule").asText()).isEqualTo("tasks.assign.onPost");
        assertThat(tooEarly.body().path("field").asText()).isEqualTo("assigneeId");

        var failed = trained(http, clock, "manager", "colleague", "NEW_HIRE_SERVICE", "newhire", 45);
        assertThat(failed.path("assessment").path("passed").asBoolean()).isFalse();
        assertThat(failed.path("assessment").path("passMark").asInt()).isEqualTo(60);
        var retaken = trained(http, clock, "manager", "colleague", "NEW_HIRE_SERVICE", "newhire", 82);
        assertThat(retaken.path("assessment").path("passed").asBoolean()).isTrue();
        assertThat(retaken.path("decisions")).isEmpty();
        // NEW_HIRE_RULES is still owed.
        assertThat(http.get("hr", "/employees/newhire").body().path("status").asText()).isEqualTo("ONBOARDING");

        var rules = trained(http, clock, "hr", "hr2", "NEW_HIRE_RULES", "newhire", 75);
        var decisions = rules.path("decisions");
        assertThat(texts(decisions, "kind")).containsExactly("people.on-post");
        var reasons = decisions.path(0).path("reasons");
        assertThat(texts(reasons, "clause")).containsExactly("§4.1.1", "§4.2.2", "§4.1.1");
        assertThat(texts(reasons, "rule"))
                .containsExactly("training.posting-gate", "training.posting-gate", "people.on-post");
        assertThat(reasons.path(0).path("message").asText())
                .startsWith("newhire passed NEW_HIRE_SERVICE, due before post, with 82 (pass mark 60) at ");
        assertThat(reasons.path(1).path("message").asText())
                .startsWith("newhire passed NEW_HIRE_RULES, due before post, with 75 (pass mark 60) at ");
        assertThat(reasons.path(2).path("message").asText())
                .startsWith("newhire passed every programme due before post and is on post from ");
        assertThat(http.get("manager", "/employees/newhire").body().path("status").asText()).isEqualTo("ON_POST");

        var assigned = http.post("manager", "/tasks", COUNTER_SHIFT);
        assertThat(assigned.status()).isEqualTo(201);
        assertThat(assigned.body().path("status").asText()).isEqualTo("ASSIGNED");
        var owed = http.get("manager", "/training/employees/newhire/obligations").body();
        assertThat(texts(owed, "due")).containsExactly("2026-12-30T00:00:00Z", "2026-12-30T00:00:00Z",
                "2026-12-30T09:00:15Z", "2026-12-30T09:00:15Z");
        assertThat(texts(owed, "programme"))
                .containsExactly("NEW_HIRE_RULES", "NEW_HIRE_SERVICE", "PERIODIC_SERVICE", "RULES_REFRESHER");
        assertThat(texts(owed, "source")).containsExactly("NEW_HIRE", "NEW_HIRE", "RECURRING", "RECURRING");
        assertThat(texts(owed, "status")).containsExactly("MET", "MET", "DUE", "DUE");
    }

    private static void aRefresherFallsDueAndIsMet(Http http, MutableClock clock) {
        var owed = http.get("colleague", "/training/employees/colleague/obligations").body();
        assertThat(texts(owed, "programme")).containsExactly("PERIODIC_SERVICE", "RULES_REFRESHER");
        assertThat(texts(owed, "due")).containsOnly("2024-03-31T00:00:00Z");
        assertThat(texts(owed, "status")).containsOnly("OVERDUE");

        // The app's own sweep marks at its start; each obligation is marked once, so HR's runs find nothing new.
        var swept = http.post("hr", "/training/sweep", "");
        assertThat(swept.status()).isEqualTo(200);
        assertThat(swept.body().path("employees").asInt()).isEqualTo(8);
        var again = http.post("hr", "/training/sweep", "").body();
        assertThat(again.path("reminders").asInt()).isZero();
        assertThat(again.path("overdue").asInt()).isZero();

        var refresher = trained(http, clock, "hr", "staff", "RULES_REFRESHER", "colleague", 88);
        var assessment = refresher.path("assessment");
        assertThat(assessment.path("passed").asBoolean()).isTrue();
        assertThat(assessment.path("expiresAt").asText()).isEqualTo(
                Instant.parse(assessment.path("recordedAt").asText()).atZone(ZoneOffset.UTC)
                        .plusYears(1).toInstant().toString());
        trained(http, clock, "hr", "staff", "PERIODIC_SERVICE", "colleague", 91);
        var current = http.get("colleague", "/training/employees/colleague/obligations").body();
        assertThat(texts(current, "programme")).containsExactly("RULES_REFRESHER", "PERIODIC_SERVICE");
        assertThat(texts(current, "status")).containsOnly("MET");
    }

    private static void hrSponsorsAnExternalCourseWithinTheCap(Http http) {
        var requested = http.post("colleague", "/sponsorships", """
                {"course":"Service design","provider":"Open Academy","startsOn":"2027-01-11",
                 "endsOn":"2027-01-15","cost":24000}""");
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        assertThat(requested.body().path("status").asText()).isEqualTo("REQUESTED");
        var id = requested.body().path("id").asText();
        assertThat(http.post("colleague", "/sponsorships/" + id + "/decision", """
                {"verdict":"APPROVE","note":"mine"}""").status()).isEqualTo(403);

        var approved = http.post("hr", "/sponsorships/" + id + "/decision", """
                {"verdict":"APPROVE","note":"fits the counter redesign"}""");
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        var sponsorship = approved.body().path("sponsorship");
        assertThat(sponsorship.path("status").asText()).isEqualTo("APPROVED");
        assertThat(sponsorship.path("companyShare").path("amount").decimalValue()).isEqualByComparingTo("10000");
        var reasons = approved.body().path("decision").path("reasons");
        assertThat(texts(reasons, "clause")).containsOnly("§4.1.2");
        assertThat(texts(reasons, "rule")).containsExactly("training.sponsorship.approved",
                "training.sponsorship.employed", "training.sponsorship.min-service", "training.sponsorship.last-grade",
                "training.sponsorship.penalties", "training.sponsorship.share");
        assertThat(reasons.path(5).path("message").asText()).isEqualTo("0.5 of the cost 24000.00 CNY is 12000.00 CNY; "
                + "10000.00 CNY of the 2026 cap of 10000.00 CNY is left: the company bears 10000.00 CNY");
    }

    private static void theEligibleColleagueIsChosenAndMoves(Http http, MutableClock clock) {
        var eligibility = http.get("colleague", "/employees/colleague/promotion-eligibility").body();
        assertThat(eligibility.path("outcome").asText()).isEqualTo("ELIGIBLE");
        var opened = http.post("hr", "/selections", """
                {"position":"Counter lead","level":4,"departmentId":"service","closesAt":"%s"}"""
                .formatted(clock.instant().plus(SESSION_AHEAD)));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        var id = opened.body().path("id").asText();

        var applied = http.post("colleague", "/selections/" + id + "/applications", "");
        assertThat(applied.status()).isEqualTo(200);
        assertThat(texts(applied.body().path("applications"), "employeeId")).containsExactly("colleague");
        assertThat(texts(applied.body().path("applications"), "level")).containsExactly("3");
        var refused = http.post("staff", "/selections/" + id + "/applications", "");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("rule").asText()).isEqualTo("career.selection.eligibility");
        assertThat(refused.body().path("detail").asText()).contains("training-current");
        var early = http.post("hr", "/selections/" + id + "/decision", """
                {"chosenId":"colleague","reason":"best interview"}""");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body().path("rule").asText()).isEqualTo("career.selection.open");

        clock.advance(SESSION_AHEAD.multipliedBy(2));
        var decided = http.post("hr", "/selections/" + id + "/decision", """
                {"chosenId":"colleague","reason":"best interview"}""");
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(200);
        assertThat(decided.body().path("selection").path("status").asText()).isEqualTo("DECIDED");
        var decision = decided.body().path("decisions").path(0);
        assertThat(decision.path("outcome").asText()).isEqualTo("CHOSEN");
        assertThat(texts(decision.path("reasons"), "rule"))
                .containsExactly("career.selection.decision", "career.selection.eligibility");
        assertThat(decision.path("reasons").path(0).path("message").asText())
                .isEqualTo("chosen for Counter lead (level 4 in service): best interview");
        assertThat(decision.path("reasons").path(1).path("message").asText()).startsWith("applied on ")
                .endsWith(" from level 3 in service, meeting every promotion condition under standard");
        assertThat(decided.body().path("moved").path("level").asInt()).isEqualTo(4);
        var moved = http.get("colleague", "/employees/colleague").body();
        assertThat(moved.path("level").asInt()).isEqualTo(4);
        assertThat(moved.path("levelSince").asText()).isEqualTo(clock.instant().toString());
    }

    /**
     * A session of {@code programme} scheduled a few seconds ahead, then, once started, the
     * trainee's attendance and score recorded by the trainer; answers what recording the score did.
     */
    private static JsonNode trained(Http http, MutableClock clock, String scheduler, String trainer, String programme,
                                    String trainee, int score) {
        var scheduled = http.post(scheduler, "/training/sessions", """
                {"programme":"%s","startsAt":"%s","trainerId":"%s","attendeeIds":["%s"]}"""
                .formatted(programme, clock.instant().plus(SESSION_AHEAD), trainer, trainee));
        assertThat(scheduled.status()).as(scheduled.body().toString()).isEqualTo(201);
        var session = "/training/sessions/" + scheduled.body().path("id").asText();
        var early = http.post(trainer, session + "/attendance", """
                {"employeeId":"%s","attendance":"PRESENT"}""".formatted(trainee));
        assertThat(early.status()).as(early.body().toString()).isIn(409, 422);

        clock.advance(SESSION_AHEAD);
        var present = http.post(trainer, session + "/attendance", """
                {"employeeId":"%s","attendance":"PRESENT"}""".formatted(trainee));
        assertThat(present.body().path("attendance").path(trainee).asText()).isEqualTo("PRESENT");
        var scored = http.post(trainer, session + "/scores", """
                {"employeeId":"%s","score":%d}""".formatted(trainee, score));
        assertThat(scored.status()).as(scored.body().toString()).isEqualTo(200);
        assertThat(scored.body().path("assessment").path("programme").asText()).isEqualTo(programme);
        assertThat(scored.body().path("assessment").path("score").asInt()).isEqualTo(score);
        return scored.body();
    }

    /** The assessment walk-through's evaluations in cycle {@code id} of service, then its grades finalised. */
    private static void finalizeCycle(Http http, String id, String name, String from, String to) {
        var opened = http.post("hr", "/assessment-cycles", """
                {"id":"%s","name":"%s","from":"%s","to":"%s","departmentIds":["service"]}"""
                .formatted(id, name, from, to));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        for (var evaluation : EVALUATIONS) {
            var recorded = http.post(evaluation[0], "/assessment-cycles/" + id + "/evaluations", """
                    {"employeeId":"%s","taskAcceptance":%s,"taskExecution":%s,"rulesAndDiscipline":%s,"comment":"as shown"}"""
                    .formatted(evaluation[1], evaluation[2], evaluation[3], evaluation[4]));
            assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        }
        assertThat(http.get("hr", "/assessment-cycles/" + id + "/missing").body()).isEmpty();
        var finalized = http.post("hr", "/assessment-cycles/" + id + "/finalize", "");
        assertThat(finalized.status()).as(finalized.body().toString()).isEqualTo(200);
        var colleague = new ArrayList<String>();
        finalized.body().path("grades").forEach(grade -> {
            if (grade.path("employeeId").asText().equals("colleague")) {
                colleague.add(grade.path("grade").asText());
            }
        });
        assertThat(colleague).containsExactly("EXCELLENT");
    }
}
