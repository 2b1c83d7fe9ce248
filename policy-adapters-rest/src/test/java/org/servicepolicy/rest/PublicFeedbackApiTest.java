package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public customer feedback endpoints over HTTP (§2.3.2), as a customer uses them and as a
 * hostile client does: without logging in, limited per client address, bodies and fields capped,
 * a wrong token finding nothing, and no employee's id or name in any answer.
 */
class PublicFeedbackApiTest {
    private static final String SUBMISSION = """
            {"nature": "COMPLAINT", "area": "general", "summary": "Waited an hour",
             "details": "Nobody at the counter.", "contact": "jane@example.org"}""";
    private static final String UNKNOWN_TOKEN = "A".repeat(43);

    @RegisterExtension
    final RestFixture api = new RestFixture();

    private RestFixture.Client from(String address) {
        return api.anonymous().with(RestFixture.CLIENT_ADDRESS, address);
    }

    private String submit(String address) {
        var submitted = from(address).post("/public/feedback", SUBMISSION);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        return submitted.json().get("trackingToken").asText();
    }

    @Test
    @DisplayName("§2.3.2: a customer submits without logging in, gets the token once, and follows the item with it")
    void aCustomerSubmitsAndTracks() {
        var submitted = from("198.51.100.1").post("/public/feedback", SUBMISSION);

        assertThat(submitted.status()).isEqualTo(201);
        assertThat(submitted.location()).isEmpty();
        var token = submitted.json().get("trackingToken").asText();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(submitted.json().at("/feedback/status").asText()).isEqualTo("UNROUTED");
        assertThat(submitted.json().at("/feedback/channel").asText()).isEqualTo("ONLINE_PLATFORM");
        var tracked = from("198.51.100.1").get("/public/feedback/" + token);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.json()).isEqualTo(submitted.json().get("feedback"));
        assertThat(tracked.headers().firstValue("Cache-Control")).hasValue("no-store");
        var item = api.as(User.HR).get("/feedback").json().get(0);
        assertThat(item.get("severity").asText()).isEqualTo("MEDIUM");
        assertThat(item.has("recordedById")).isFalse();
    }

    @Test
    @DisplayName("§2.3.2: the public answers name the department, never an employee's id or name")
    void noEmployeeDataInPublicAnswers() {
        var token = submit("198.51.100.2");
        var id = api.as(User.HR).get("/feedback").json().get(0).get("id").asText();
        api.as(User.HR).post("/feedback/" + id + "/routing", """
                {"departmentId": "sales"}""");
        api.as(User.MANAGER).post("/feedback/" + id + "/responsible", """
                {"employeeId": "emp-staff"}""");
        api.as(User.STAFF).post("/feedback/" + id + "/result", """
                {"text": "We added a second clerk."}""");

        var tracked = from("198.51.100.2").get("/public/feedback/" + token);

        assertThat(tracked.json().get("department").asText()).isEqualTo("Sales");
        assertThat(tracked.json().at("/rounds/0/result").asText()).isEqualTo("We added a second clerk.");
        assertThat(names(tracked.json())).containsExactlyInAnyOrder("status", "nature", "channel", "department",
                "receivedAt", "firstRespondedAt", "rounds", "waitingOnYou");
        for (var user : User.values()) {
            assertThat(tracked.body()).as(user.name()).doesNotContain(user.id());
        }
        assertThat(tracked.body()).doesNotContain(id, "jane@example.org", "responsible", "recorded");
        var accepted = from("198.51.100.2").post("/public/feedback/" + token + "/acceptance", """
                {"score": 5}""");
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
        for (var user : User.values()) {
            assertThat(accepted.body()).as(user.name()).doesNotContain(user.id());
        }
    }

    @Test
    @DisplayName("§2.3.2: an unknown, malformed or another item's wrong token is 404 with one same body, never another item's data")
    void aWrongTokenFindsNothing() {
        var token = submit("198.51.100.3");
        var other = submit("198.51.100.3");

        var unknown = from("198.51.100.4").get("/public/feedback/" + UNKNOWN_TOKEN);
        var malformed = from("198.51.100.4").get("/public/feedback/short");
        var altered = from("198.51.100.4").get("/public/feedback/" + token.substring(1) + "x");

        for (var answer : List.of(unknown, malformed, altered)) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).contains("problem+json");
            assertThat(answer.body()).isEqualTo(unknown.body());
        }
        assertThat(from("198.51.100.4").post("/public/feedback/" + UNKNOWN_TOKEN + "/acceptance", """
                {"score": 5}""").body()).isEqualTo(unknown.body());
        assertThat(from("198.51.100.4").post("/public/feedback/" + UNKNOWN_TOKEN + "/rejection", """
                {"comment": "no"}""").body()).isEqualTo(unknown.body());
        var rejected = from("198.51.100.3").post("/public/feedback/" + other + "/rejection", """
                {"comment": "no"}""");
        assertThat(rejected.status()).isEqualTo(409);
        assertThat(from("198.51.100.3").get("/public/feedback/" + token).json().get("status").asText())
                .isEqualTo("UNROUTED");
    }

    @Test
    @DisplayName("§2.3.2: past 5 submissions an hour an address gets 429 with Retry-After; other addresses and later hours do not")
    void submissionsAreLimitedPerAddress() {
        for (int i = 0; i < 5; i++) {
            submit("203.0.113.7");
        }

        var refused = from("203.0.113.7").post("/public/feedback", SUBMISSION);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo(ProblemType.TOO_MANY_REQUESTS.uri().toString());
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("3600");
        assertThat(api.as(User.HR).get("/feedback").json()).hasSize(5);
        submit("203.0.113.8");
        api.clock().advance(Duration.ofMinutes(20));
        assertThat(from("203.0.113.7").post("/public/feedback", SUBMISSION).headers().firstValue("Retry-After"))
                .hasValue("2400");
        api.clock().advance(Duration.ofMinutes(40));
        submit("203.0.113.7");
    }

    @Test
    @DisplayName("§2.3.2: guessing tokens is throttled: past 10 failures an address waits, even with a valid token")
    void guessingTokensIsThrottled() {
        var token = submit("192.0.2.9");
        var answers = new ArrayList<Integer>();
        for (int i = 0; i < 10; i++) {
            answers.add(from("192.0.2.66").get("/public/feedback/" + "g".repeat(42) + i).status());
        }

        var throttled = from("192.0.2.66").get("/public/feedback/" + token);

        assertThat(answers).containsOnly(404);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
        assertThat(throttled.body()).doesNotContain("UNROUTED");
        assertThat(from("192.0.2.9").get("/public/feedback/" + token).status()).isEqualTo(200);
        api.clock().advance(Duration.ofHours(1));
        assertThat(from("192.0.2.66").get("/public/feedback/" + token).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("§2.3.2: requests with a token are limited per address too, 60 an hour")
    void tokenRequestsAreLimitedPerAddress() {
        var token = submit("192.0.2.10");
        for (int i = 0; i < 60; i++) {
            assertThat(from("192.0.2.10").get("/public/feedback/" + token).status()).isEqualTo(200);
        }

        assertThat(from("192.0.2.10").get("/public/feedback/" + token).status()).isEqualTo(429);
    }

    @Test
    @DisplayName("§2.3.2: a public body over 16 KiB is 413, announced or not, and stores nothing")
    void anOversizeBodyIsRefused() {
        var oversize = SUBMISSION.replace("Nobody at the counter.", "x".repeat(17 * 1024));

        var refused = from("198.51.100.20").post("/public/feedback", oversize);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).contains("problem+json");
        assertThat(fields(refused.json())).containsExactly("body");
        assertThat(api.as(User.HR).get("/feedback").json()).isEmpty();
        var chunked = RawHttp.streaming(api.port(), "/public/feedback", User.STAFF,
                "{\"details\": \"".getBytes(StandardCharsets.US_ASCII), 64L * 1024);
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(chunked.body()).contains("request-too-large");
        assertThat(api.as(User.HR).get("/feedback").json()).isEmpty();
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @CsvSource({"summary, 201", "details, 4001", "contact, 201", "area, 101"})
    @DisplayName("§2.3.2: an over-long field is 422 naming it")
    void anOverlongFieldIsNamed(String field, int length) {
        var body = "{\"nature\": \"COMPLAINT\", \"area\": \"general\", \"summary\": \"s\", \"details\": \"d\", \"contact\": \"c\", \""
                + field + "\": \"" + "y".repeat(length) + "\"}";

        var refused = from("198.51.100.21").post("/public/feedback", body.replace("\"" + field + "\": \""
                + (field.equals("area") ? "general" : field.substring(0, 1)) + "\", ", ""));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(fields(refused.json())).containsExactly(field);
    }

    @Test
    @DisplayName("§2.3.2: the customer's answer, rejection and score are checked, each naming its field")
    void customerInputIsChecked() {
        var token = submit("198.51.100.22");

        var longAnswer = from("198.51.100.22").post("/public/feedback/" + token + "/answer",
                "{\"text\": \"" + "z".repeat(2001) + "\"}");
        var blankComment = from("198.51.100.22").post("/public/feedback/" + token + "/rejection", """
                {"comment": " "}""");
        var noScore = from("198.51.100.22").post("/public/feedback/" + token + "/acceptance", "{}");
        var badScore = from("198.51.100.22").post("/public/feedback/" + token + "/acceptance", """
                {"score": 6}""");

        assertThat(fields(longAnswer.json())).containsExactly("text");
        assertThat(fields(blankComment.json())).containsExactly("comment");
        assertThat(fields(noScore.json())).containsExactly("score");
        assertThat(fields(badScore.json())).containsExactly("score");
        var employees = from("198.51.100.22").post("/public/feedback", SUBMISSION.replace("}",
                ", \"employeesConcerned\": [\"emp-staff\"]}"));
        assertThat(employees.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("§2.3.2: a submission retried under its Idempotency-Key from the same address is stored once, the token not repeated")
    void aRetriedSubmissionIsStoredOnce() {
        var first = from("198.51.100.23").with("Idempotency-Key", "k-1").post("/public/feedback", SUBMISSION);
        var retry = from("198.51.100.23").with("Idempotency-Key", "k-1").post("/public/feedback", SUBMISSION);
        var elsewhere = from("198.51.100.24").with("Idempotency-Key", "k-1").post("/public/feedback", SUBMISSION);

        assertThat(first.json().get("trackingToken").asText()).hasSize(43);
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(retry.json().has("trackingToken")).isFalse();
        assertThat(elsewhere.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(elsewhere.json().get("trackingToken").asText()).isNotEqualTo(first.json().get("trackingToken")
                .asText());
        assertThat(api.as(User.HR).get("/feedback").json()).hasSize(2);
    }

    private static List<String> names(JsonNode object) {
        var names = new ArrayList<String>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
