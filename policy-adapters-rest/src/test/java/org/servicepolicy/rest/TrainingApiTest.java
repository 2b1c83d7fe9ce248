package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Training sessions, attendance and scores, the posting gate, retake rulings, obligations and
 * their sweep over HTTP (§4.1, §4.2).
 */
class TrainingApiTest {
    private static final String TRAINEE = "emp-new";

    @RegisterExtension
    final RestFixture api = new RestFixture();

    /** A hire in sales under the manager, onboarding as the policy has every new hire start. */
    @BeforeEach
    void hireATrainee() {
        var hired = api.as(User.HR).post("/employees", """
                {"id": "emp-new", "name": "New Hire", "category": "STAFF", "supervisorId": "emp-manager",
                 "departmentId": "sales", "level": 1, "hireDate": "2026-03-02"}""");
        assertThat(hired.status()).as(hired.toString()).isEqualTo(201);
        assertThat(hired.json().get("status").asText()).isEqualTo("ONBOARDING");
    }

    /** A session of {@code programme} an hour from now, the trainee attending. */
    private String schedule(User scheduler, String programme, String trainer) {
        var scheduled = api.as(scheduler).post("/training/sessions", """
                {"programme": "%s", "startsAt": "%s", %s, "attendeeIds": ["emp-new"]}"""
                .formatted(programme, api.clock().instant().plus(Duration.ofHours(1)), trainer));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        return scheduled.json().get("id").asText();
    }

    /** Records, once the session has started, that the trainee came and their score. */
    private JsonNode attendAndScore(User trainer, String session, int score) {
        api.clock().advance(Duration.ofHours(2));
        var present = api.as(trainer).post("/training/sessions/" + session + "/attendance", """
                {"employeeId": "emp-new", "attendance": "PRESENT"}""");
        assertThat(present.status()).as(present.toString()).isEqualTo(200);
        var scored = api.as(trainer).post("/training/sessions/" + session + "/scores", """
                {"employeeId": "emp-new", "score": %d}""".formatted(score));
        assertThat(scored.status()).as(scored.toString()).isEqualTo(200);
        return scored.json();
    }

    @Test
    @DisplayName("§4.1.1: passing both new-hire programmes puts the hire on post, the decision naming each programme passed")
    void passingTheLastNewHireProgrammePutsTheHireOnPost() {
        var refused = api.as(User.HR).post("/employees/emp-new/on-post", "{\"reason\": \"induction completed\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().toString()).contains("NEW_HIRE_SERVICE", "NEW_HIRE_RULES");

        var service = schedule(User.MANAGER, "NEW_HIRE_SERVICE", "\"trainerId\": \"emp-supervisor\"");
        var scheduled = api.as(User.MANAGER).get("/training/sessions/" + service).json();
        assertThat(scheduled.get("trainerId").asText()).isEqualTo(User.SUPERVISOR.id());
        assertThat(scheduled.get("scheduledById").asText()).isEqualTo(User.MANAGER.id());
        var first = attendAndScore(User.SUPERVISOR, service, 80);
        assertThat(first.at("/assessment/passed").asBoolean()).isTrue();
        assertThat(first.at("/assessment/passMark").asInt()).isEqualTo(60);
        assertThat(first.get("decisions")).isEmpty();
        assertThat(api.as(User.HR).get("/employees/emp-new").json().get("status").asText()).isEqualTo("ONBOARDING");

        var rules = schedule(User.HR, "NEW_HIRE_RULES", "\"outsideTrainer\": \"Dr. Outside Expert\"");
        var last = attendAndScore(User.HR, rules, 61);

        assertThat(values(last.get("decisions"), "kind")).containsExactly("people.on-post");
        var reasons = last.at("/decisions/0/reasons");
        assertThat(values(reasons, "clause")).contains("§4.1.1", "§4.2.2");
        assertThat(reasons.toString()).contains("NEW_HIRE_SERVICE", "NEW_HIRE_RULES");
        assertThat(api.as(User.HR).get("/employees/emp-new").json().get("status").asText()).isEqualTo("ON_POST");
        var obligations = api.as(User.MANAGER).get("/training/employees/emp-new/obligations").json();
        assertThat(values(obligations, "programme")).contains("NEW_HIRE_SERVICE", "NEW_HIRE_RULES",
                "PERIODIC_SERVICE", "RULES_REFRESHER");
        for (var obligation : obligations) {
            var expected = obligation.get("source").asText().equals("NEW_HIRE") ? "MET" : "DUE";
            assertThat(obligation.get("status").asText()).as(obligation.toString()).isEqualTo(expected);
        }
        assertThat(values(api.as(User.HR)
                .get("/training/employees/emp-new/assessments").json(), "sessionId")).containsExactly(service, rules);
    }

    @Test
    @DisplayName("§4.1: who may schedule, record, rule, sweep and read; a reader who may not see is answered 404")
    void accessPerOperation() {
        var refusedSchedule = api.as(User.PEER).post("/training/sessions", """
                {"programme": "NEW_HIRE_SERVICE", "startsAt": "2026-03-03T09:00:00Z", "trainerId": "emp-peer",
                 "attendeeIds": ["emp-new"]}""");
        assertThat(refusedSchedule.status()).isEqualTo(403);
        var session = schedule(User.HR, "NEW_HIRE_SERVICE", "\"trainerId\": \"emp-supervisor\"");

        api.clock().advance(Duration.ofHours(2));
        for (var reader : new User[] {User.HR, User.MANAGER, User.SUPERVISOR}) {
            assertThat(api.as(reader).get("/training/sessions/" + session).status()).as(reader.name()).isEqualTo(200);
        }
        assertThat(api.as(User.PEER).get("/training/sessions/" + session).status()).isEqualTo(404);
        assertThat(api.as(User.PEER).get("/training/sessions/no-such-session").status()).isEqualTo(404);
        for (var path : new String[] {"sessions", "assessments", "obligations"}) {
            assertThat(api.as(User.MANAGER).get("/training/employees/emp-new/" + path).status()).as(path)
                    .isEqualTo(200);
            assertThat(api.as(User.HR).get("/training/employees/emp-new/" + path).status()).as(path).isEqualTo(200);
            assertThat(api.as(User.PEER).get("/training/employees/emp-new/" + path).status()).as(path)
                    .isEqualTo(404);
            assertThat(api.as(User.OUTSIDER).get("/training/employees/emp-new/" + path).status()).as(path)
                    .isEqualTo(404);
        }
        assertThat(api.as(User.PEER).post("/training/sessions/" + session + "/attendance", """
                {"employeeId": "emp-new", "attendance": "PRESENT"}""").status()).isEqualTo(404);
        assertThat(api.as(User.MANAGER).post("/training/sessions/" + session + "/attendance", """
                {"employeeId": "emp-new", "attendance": "PRESENT"}""").status()).isEqualTo(403);
        assertThat(api.as(User.SUPERVISOR).post("/training/sessions/" + session + "/attendance", """
                {"employeeId": "emp-new", "attendance": "PRESENT"}""").status()).isEqualTo(200);
        assertThat(api.as(User.MANAGER).post("/training/sessions/" + session + "/scores", """
                {"employeeId": "emp-new", "score": 90}""").status()).isEqualTo(403);
        assertThat(api.as(User.MANAGER).post("/training/employees/emp-new/retake-rulings", """
                {"programme": "NEW_HIRE_SERVICE", "outcome": "EXTEND", "note": "one more"}""").status())
                .isEqualTo(403);
        assertThat(api.as(User.STAFF).post("/training/sweep").status()).isEqualTo(403);
        assertThat(api.as(User.MANAGER).post("/training/sweep").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("§4.1: nobody schedules training they attend, records their own attendance or score, or rules on their own retakes")
    void nobodyDecidesTheirOwnCase() {
        assertThat(api.as(User.HR).post("/training/sessions", """
                {"programme": "PERIODIC_SERVICE", "startsAt": "2026-03-03T09:00:00Z", "trainerId": "emp-hr2",
                 "attendeeIds": ["emp-hr"]}""").status()).isEqualTo(403);
        var scheduled = api.as(User.HR2).post("/training/sessions", """
                {"programme": "PERIODIC_SERVICE", "startsAt": "2026-03-03T09:00:00Z", "trainerId": "emp-hr2",
                 "attendeeIds": ["emp-hr"]}""");
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        var session = scheduled.json().get("id").asText();
        api.clock().advance(Duration.ofDays(2));

        assertThat(api.as(User.HR).post("/training/sessions/" + session + "/attendance", """
                {"employeeId": "emp-hr", "attendance": "PRESENT"}""").status()).isEqualTo(403);
        assertThat(api.as(User.HR2).post("/training/sessions/" + session + "/attendance", """
                {"employeeId": "emp-hr", "attendance": "PRESENT"}""").status()).isEqualTo(200);
        assertThat(api.as(User.HR).post("/training/sessions/" + session + "/scores", """
                {"employeeId": "emp-hr", "score": 100}""").status()).isEqualTo(403);
        assertThat(api.as(User.HR).post("/training/employees/emp-hr/retake-rulings", """
                {"programme": "PERIODIC_SERVICE", "outcome": "EXTEND", "note": "mine"}""").status())
                .isEqualTo(403);
        assertThat(api.as(User.HR).get("/training/employees/emp-hr/assessments").json()).isEmpty();
    }

    @Test
    @DisplayName("§4.1: bad input is problem+json naming the field and changes nothing")
    void badInputNamesTheFields() {
        var empty = api.as(User.HR).post("/training/sessions", """
                {"programme": " ", "attendeeIds": []}""");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.contentType()).contains("problem+json");
        assertThat(fields(empty.json())).contains("programme", "startsAt", "trainerId", "attendeeIds");
        var both = api.as(User.HR).post("/training/sessions", """
                {"programme": "NEW_HIRE_SERVICE", "startsAt": "2026-03-03T09:00:00Z", "trainerId": "emp-peer",
                 "outsideTrainer": "Someone", "attendeeIds": ["emp-new"]}""");
        assertThat(fields(both.json())).containsExactly("trainerId");
        var unknown = api.as(User.HR).post("/training/sessions", """
                {"programme": "JUGGLING", "startsAt": "2026-03-03T09:00:00Z", "trainerId": "emp-peer",
                 "attendeeIds": ["emp-new"]}""");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fields(unknown.json())).containsExactly("programme");
        assertThat(api.as(User.HR).get("/training/employees/emp-new/sessions").json()).isEmpty();

        var session = schedule(User.HR, "NEW_HIRE_SERVICE", "\"trainerId\": \"emp-supervisor\"");
        api.clock().advance(Duration.ofHours(2));
        var badAttendance = api.as(User.SUPERVISOR).post("/training/sessions/" + session + "/attendance", """
                {"employeeId": "emp-new", "attendance": "LATE"}""");
        assertThat(badAttendance.status()).isEqualTo(400);
        assertThat(fields(badAttendance.json())).containsExactly("attendance");
        var notThere = api.as(User.SUPERVISOR).post("/training/sessions/" + session + "/attendance", """
                {"employeeId": "emp-peer", "attendance": "PRESENT"}""");
        assertThat(fields(notThere.json())).containsExactly("employeeId");
        var outOfRange = api.as(User.SUPERVISOR).post("/training/sessions/" + session + "/scores", """
                {"employeeId": "emp-new", "score": 101}""");
        assertThat(outOfRange.status()).isEqualTo(422);
        assertThat(fields(outOfRange.json())).containsExactly("score");
        var badRuling = api.as(User.HR).post("/training/employees/emp-new/retake-rulings", """
                {"programme": "NEW_HIRE_SERVICE", "note": " "}""");
        assertThat(badRuling.status()).isEqualTo(422);
        assertThat(fields(badRuling.json())).contains("outcome", "note");
        assertThat(api.as(User.HR).get("/training/employees/emp-new/assessments").json()).isEmpty();
    }

    @Test
    @DisplayName("§4.1, §3.1.1: an unexcused absence from training is a MEETING_OR_TRAINING_ABSENCE violation")
    void anUnexcusedAbsenceIsAViolation() {
        var session = schedule(User.HR, "NEW_HIRE_SERVICE", "\"trainerId\": \"emp-supervisor\"");
        api.clock().advance(Duration.ofHours(2));

        var absent = api.as(User.SUPERVISOR).post("/training/sessions/" + session + "/attendance", """
                {"employeeId": "emp-new", "attendance": "UNEXCUSED"}""");

        assertThat(absent.status()).isEqualTo(200);
        assertThat(absent.json().at("/attendance/emp-new").asText()).isEqualTo("UNEXCUSED");
        assertThat(values(api.as(User.HR).get("/employees/emp-new/violations").json(), "type"))
                .containsExactly("MEETING_OR_TRAINING_ABSENCE");
        var notPresent = api.as(User.SUPERVISOR).post("/training/sessions/" + session + "/scores", """
                {"employeeId": "emp-new", "score": 90}""");
        assertThat(notPresent.status()).isIn(409, 422);
    }

    @Test
    @DisplayName("§4.1.1: the fail that uses the last retake is a decision for HR, who extends with reasons")
    void exhaustedRetakesGoToHr() {
        for (int attempt = 1; attempt <= 2; attempt++) {
            var failed = attendAndScore(User.HR, schedule(User.HR, "NEW_HIRE_RULES", "\"trainerId\": \"emp-hr2\""), 40);
            assertThat(failed.at("/assessment/passed").asBoolean()).isFalse();
            assertThat(failed.get("decisions")).isEmpty();
        }
        var tooEarly = api.as(User.HR).post("/training/employees/emp-new/retake-rulings", """
                {"programme": "NEW_HIRE_RULES", "outcome": "EXTEND", "note": "ill on the day"}""");
        assertThat(tooEarly.status()).isIn(409, 422);

        var third = attendAndScore(User.HR, schedule(User.HR, "NEW_HIRE_RULES", "\"trainerId\": \"emp-hr2\""), 59);

        assertThat(values(third.get("decisions"), "kind")).containsExactly("training.retakes-exhausted");
        assertThat(values(third.at("/decisions/0/reasons"), "clause")).contains("§4.2.2", "§4.1.1");
        var ruled = api.as(User.HR2).post("/training/employees/emp-new/retake-rulings", """
                {"programme": "NEW_HIRE_RULES", "outcome": "EXTEND", "note": "ill on the day"}""");
        assertThat(ruled.status()).as(ruled.toString()).isEqualTo(200);
        assertThat(ruled.json().get("outcome").asText()).isEqualTo("EXTEND");
        assertThat(ruled.json().at("/decision/kind").asText()).isEqualTo("training.retake-ruling");
        assertThat(ruled.json().at("/decision/reasons")).isNotEmpty();
        assertThat(ruled.json().get("decidedById").asText()).isEqualTo(User.HR2.id());
        var fourth = attendAndScore(User.HR, schedule(User.HR, "NEW_HIRE_RULES", "\"trainerId\": \"emp-hr2\""), 75);
        assertThat(fourth.at("/assessment/passed").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("§4.1, §4.2: past due, HR's sweep marks each overdue new-hire programme once")
    void theSweepMarksOverdueProgrammesOnce() {
        api.clock().advance(Duration.ofDays(31));

        var swept = api.as(User.HR).post("/training/sweep");

        assertThat(swept.status()).isEqualTo(200);
        assertThat(swept.json().get("overdue").asInt()).isGreaterThanOrEqualTo(2);
        var overdue = api.as(User.HR)
                .get("/training/employees/emp-new/obligations").json();
        assertThat(values(overdue, "status")).containsExactly("OVERDUE", "OVERDUE");
        var again = api.as(User.HR).post("/training/sweep").json();
        assertThat(again.get("overdue").asInt()).isZero();
        assertThat(again.get("reminders").asInt()).isZero();
    }
}
