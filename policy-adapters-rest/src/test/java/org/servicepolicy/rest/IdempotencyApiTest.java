package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.rest.RestFixture.Answer;

/**
 * The {@code Idempotency-Key} header of the creating POSTs over HTTP: a retry answers the first
 * success again without creating anything, the same key with another request is refused, and
 * keys are kept per caller.
 */
class IdempotencyApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotency-Replayed";
    private static final String LATE = lateArrival(User.STAFF, START.minus(Duration.ofMinutes(20)), 20);

    private Answer recordLateness(User recorder, String key, String body) {
        return api.as(recorder).with(KEY, key).post("/violations", body);
    }

    private int violationsOfStaff() {
        return api.as(User.HR).get("/employees/emp-staff/violations").json().size();
    }

    private int penaltiesOfStaff() {
        return api.as(User.HR).get("/employees/emp-staff/penalties").json().size();
    }

    @Test
    void aRetriedViolationRecordsOneViolationAndOnePenaltyAndAnswersTheSameStatusLocationAndBody() {
        var first = recordLateness(User.HR, "late-2026-03-02-staff", LATE);
        var retry = recordLateness(User.HR, "late-2026-03-02-staff", LATE);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.headers().firstValue(REPLAYED)).contains("true");
        assertThat(retry.location()).isPresent().isEqualTo(first.location());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(first.location()).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/api/v1/violations/" + first.json().at("/violation/id").asText()));
        assertThat(first.json().at("/penalty/step").asText()).isEqualTo("WARNING");
        assertThat(violationsOfStaff()).isEqualTo(1);
        assertThat(penaltiesOfStaff()).isEqualTo(1);
    }

    @Test
    void theFirstAnswerWithAKeyIsTheAnswerWithoutOne() {
        var withKey = recordLateness(User.HR, "k-1", LATE).json();
        var withoutKey = api.as(User.HR).post("/violations", LATE).json();

        assertThat(withKey.fieldNames()).toIterable().containsExactlyElementsOf(() -> withoutKey.fieldNames());
        assertThat(withKey.at("/violation/minutes")).isEqualTo(withoutKey.at("/violation/minutes"));
        assertThat(withKey.at("/decision/reasons/0")).isEqualTo(withoutKey.at("/decision/reasons/0"));
    }

    @Test
    void aRetryAnswersTheFirstResponseEvenAfterTheRecordMovedOn() {
        var first = recordLateness(User.HR, "k-1", LATE);
        var penalty = first.json().at("/penalty/id").asText();
        assertThat(api.as(User.HR).post("/penalties/" + penalty + "/issue").status()).isEqualTo(200);

        var retry = recordLateness(User.HR, "k-1", LATE);

        assertThat(retry.json().at("/penalty/status").asText()).isEqualTo("PROPOSED");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(penaltiesOfStaff()).isEqualTo(1);
    }

    @Test
    void theSameBodyWrittenWithOtherSpacingAndMemberOrderIsARetry() {
        var first = recordLateness(User.HR, "k-1", LATE);
        var reordered = """
                {   "description": "arrived 20 minutes late", "minutes": 20,
                    "occurredAt": "%s", "type": "LATE_ARRIVAL", "employeeId": "emp-staff" }"""
                .formatted(START.minus(Duration.ofMinutes(20)));

        var retry = recordLateness(User.HR, "k-1", reordered);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.headers().firstValue(REPLAYED)).contains("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(violationsOfStaff()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422NamingTheHeaderAndRecordsNothing() {
        recordLateness(User.HR, "k-1", LATE);

        var other = recordLateness(User.HR, "k-1", lateArrival(User.STAFF, START.minus(Duration.ofMinutes(20)), 25));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().get("type").asText()).isEqualTo(ProblemType.INVALID_INPUT.uri().toString());
        assertThat(fields(other.json())).containsExactly(KEY);
        assertThat(other.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(violationsOfStaff()).isEqualTo(1);
    }

    @Test
    void theSameKeyOnAnotherEndpointIs422NamingTheHeader() {
        recordLateness(User.HR, "k-1", LATE);

        var other = api.as(User.HR).with(KEY, "k-1").post("/departments", "{\"id\": \"finance\", \"name\": \"Finance\"}");

        assertThat(other.status()).isEqualTo(422);
        assertThat(fields(other.json())).containsExactly(KEY);
        assertThat(api.as(User.HR).get("/departments/finance").status()).isEqualTo(404);
    }

    @Test
    void withoutTheHeaderTwoPostsRecordTwoViolationsAsBefore() {
        var first = api.as(User.HR).post("/violations", LATE);
        var second = api.as(User.HR).post("/violations", LATE);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.location()).isNotEqualTo(first.location());
        assertThat(second.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(violationsOfStaff()).isEqualTo(2);
        assertThat(penaltiesOfStaff()).isEqualTo(2);
    }

    @Test
    void aSecondUserMayUseTheSameKey() {
        var byHr = recordLateness(User.HR, "shared-key", LATE);
        var byManager = recordLateness(User.MANAGER, "shared-key", LATE);

        assertThat(byHr.status()).isEqualTo(201);
        assertThat(byManager.status()).isEqualTo(201);
        assertThat(byManager.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(byManager.location()).isNotEqualTo(byHr.location());
        assertThat(byManager.json().at("/violation/recordedBy").asText()).isEqualTo(User.MANAGER.id());
        assertThat(violationsOfStaff()).isEqualTo(2);
    }

    @Test
    void aFailedRequestKeepsNoKeySoItsCorrectedRetryRuns() {
        var invalid = recordLateness(User.HR, "k-1", lateArrival(User.STAFF, START.minus(Duration.ofMinutes(20)), -5));
        var refused = api.as(User.STAFF).with(KEY, "k-2").post("/violations",
                lateArrival(User.PEER, START.minus(Duration.ofMinutes(20)), 20));

        var corrected = recordLateness(User.HR, "k-1", LATE);

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("minutes");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.headers().firstValue(REPLAYED)).isEmpty();
        assertThat(violationsOfStaff()).isEqualTo(1);
        assertThat(api.as(User.STAFF).with(KEY, "k-2").post("/suggestions", """
                {"title": "Shared shift calendar", "text": "Publish the plan.", "area": "PROCESSES"}""").status())
                .isEqualTo(201);
    }

    @Test
    void aMalformedBodyWithAKeyIs400AndKeepsNoKey() {
        var malformed = recordLateness(User.HR, "k-1", "{\"employeeId\": ");

        var retry = recordLateness(User.HR, "k-1", LATE);

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.headers().firstValue(REPLAYED)).isEmpty();
    }

    static Stream<String> invalidKeys() {
        return Stream.of("k".repeat(256), "two words");
    }

    @ParameterizedTest
    @MethodSource("invalidKeys")
    void aKeyThatIsNotOneTo255VisibleAsciiCharactersIs422NamingTheHeaderAndRecordsNothing(String key) {
        var refused = recordLateness(User.HR, key, LATE);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused.json())).containsExactly(KEY);
        assertThat(violationsOfStaff()).isZero();
    }

    @Test
    void theLongestKeyIsAccepted() {
        var key = "k".repeat(255);

        assertThat(recordLateness(User.HR, key, LATE).status()).isEqualTo(201);
        assertThat(recordLateness(User.HR, key, LATE).headers().firstValue(REPLAYED)).contains("true");
        assertThat(violationsOfStaff()).isEqualTo(1);
    }

    /**
     * Every creating POST: who sends it, its path (given the fixture, which may prepare what it
     * needs) and its body.
     */
    static Stream<Arguments> creatingPosts() {
        return Stream.of(
                creating("departments", User.HR, f -> "/departments", "{\"id\": \"finance\", \"name\": \"Finance\"}"),
                creating("employees", User.HR, f -> "/employees", """
                        {"id": "emp-new", "name": "New Hire", "category": "STAFF", "supervisorId": "emp-manager",
                         "departmentId": "sales", "level": 2, "hireDate": "2026-03-02", "status": "ONBOARDING",
                         "monthlyWage": 5000, "grantedRoles": []}"""),
                creating("violations", User.MANAGER, f -> "/violations", LATE),
                creating("leave-requests", User.STAFF, f -> "/leave-requests", Payloads.leave(User.STAFF,
                        START.plus(Duration.ofDays(3)), START.plus(Duration.ofDays(4)), false, "family visit")),
                creating("policies", User.HR, f -> "/policies", """
                        {"version": "2026-strict", "effectiveFrom": "%s",
                         "settings": {"discipline.points.MINOR": "3", "discipline.fine.MINOR": "80"}}"""
                        .formatted(START.plus(Duration.ofDays(1)))),
                creating("tasks", User.MANAGER, f -> "/tasks", Payloads.task(User.STAFF,
                        START.plus(Duration.ofDays(10)), "Collect the figures")),
                creating("assessment-cycles", User.HR, f -> "/assessment-cycles",
                        Cycles.cycle("2026-jan-feb", Cycles.JAN, Cycles.FEB_END, "sales")),
                creating("evaluations", User.PEER, f -> "/assessment-cycles/"
                        + Cycles.openSales(f, "2026-jan-feb", Cycles.JAN, Cycles.FEB_END) + "/evaluations",
                        Cycles.evaluation(User.STAFF, 80)),
                creating("suggestions", User.STAFF, f -> "/suggestions", """
                        {"title": "Shared shift calendar", "text": "Publish the plan.", "area": "PROCESSES"}"""),
                creating("promotion-eligibility", User.HR, f -> "/employees/emp-staff/promotion-eligibility", null));
    }

    private static Arguments creating(String name, User caller, Function<RestFixture, String> path, String body) {
        return Arguments.of(name, caller, path, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creatingPosts")
    void everyCreatingPostAnswersARetryWithTheFirstCreationWithoutCreatingAgain(String name, User caller,
                                                                                Function<RestFixture, String> path,
                                                                                String body) {
        var target = path.apply(api);
        var client = api.as(caller).with(KEY, "create-" + name);

        var first = body == null ? client.post(target) : client.post(target, body);
        var retry = body == null ? client.post(target) : client.post(target, body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.location()).isPresent();
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.headers().firstValue(REPLAYED)).contains("true");
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.body()).isEqualTo(first.body());
        var created = api.as(User.HR).get(first.location().orElseThrow().replaceFirst("^.*/api/v1", ""));
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
    }
}
