package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.RestFixture.START;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hostile client sends, over real HTTP: numbers that would cost minutes of arithmetic,
 * text no database stores, bodies too large or too deep, and the wrong media types. Every
 * refusal is a problem naming the field at fault, comes at once, and stores nothing.
 */
class AbuseApiTest {
    /** Far below the minutes a number such as 1e100000000 used to cost; generous for a loaded machine. */
    private static final Duration AT_ONCE = Duration.ofSeconds(5);
    private static final String TWENTY_MINUTES_AGO = START.minusSeconds(1200).toString();
    private static final String TOMORROW = START.plus(Duration.ofDays(1)).toString();

    @RegisterExtension
    final RestFixture api = new RestFixture();

    /** Numbers beyond the bounds: 12 digits before the decimal point, 6 after, money to its minor unit. */
    @Nested
    class Numbers {
        @ParameterizedTest(name = "monthlyWage {0}")
        @ValueSource(strings = {"1e100000000", "1e308", "1e20", "1000000000000", "1e-3", "0.0000001", "-1e100000000",
                "1e-100000000"})
        void aWageBeyondTheBoundsIsRefusedAtOnceNamingIt(String wage) {
            var refused = timed(() -> api.as(User.HR).post("/employees", hire("emp-rich", wage)));

            assertInvalid(refused, "monthlyWage");
            assertThat(api.as(User.HR).get("/employees/emp-rich").status()).isEqualTo(404);
        }

        @Test
        void aWageToTheCentIsHired() {
            var hired = api.as(User.HR).post("/employees", hire("emp-exact", "999999999999.99"));

            assertThat(hired.status()).as(hired.toString()).isEqualTo(201);
            assertThat(hired.json().at("/monthlyWage/amount").decimalValue()).isEqualByComparingTo("999999999999.99");
        }

        @ParameterizedTest(name = "damage.amount {0}")
        @ValueSource(strings = {"1e10000000", "1e308", "1e20", "1e-3", "12.345"})
        void aDamageBeyondTheBoundsIsRefusedAtOnceNamingIt(String amount) {
            var refused = timed(() -> api.as(User.HR).post("/violations", damage(amount)));

            assertInvalid(refused, "damage.amount");
            assertNoViolationsOf(User.STAFF);
        }

        @ParameterizedTest(name = "minutes {0}")
        @ValueSource(strings = {"1e400", "99999999999999999999", "99999999999", "-99999999999"})
        void aWholeNumberBeyondItsRangeIsInvalidNamingIt(String minutes) {
            var refused = timed(() -> api.as(User.HR).post("/violations",
                    lateArrival(User.STAFF, START.minusSeconds(1200), 20).replace("\"minutes\": 20",
                            "\"minutes\": " + minutes)));

            assertInvalid(refused, "minutes");
            assertNoViolationsOf(User.STAFF);
        }

        @Test
        void aNumberOfThousandsOfDigitsIsRefusedNamingIt() {
            var refused = timed(() -> api.as(User.HR).post("/employees", hire("emp-long", "1" + "0".repeat(2000))));

            assertInvalid(refused, "monthlyWage");
        }

        @Test
        void aLevelBeyondTheBoundsIsRefusedNamingIt() {
            var refused = api.as(User.HR).post("/employees", hire("emp-high", "5000").replace("\"level\": 2",
                    "\"level\": 1e400"));

            assertInvalid(refused, "level");
            assertThat(api.as(User.HR).get("/employees/emp-high").status()).isEqualTo(404);
        }

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', value = {
                "discipline.fine.MINOR|1e100000000",
                "discipline.fine.MINOR|1e-100000000",
                "discipline.fine.MINOR|1e99999999999",
                "discipline.points.MINOR|99999999999999999999",
                "discipline.compensation.faultShare.NEGLIGENCE|0.00000001",
                "discipline.window|P999999Y",
                "discipline.appeal.window|P99999999D",
                "tasks.adjustment.minNotice|PT99999999H"})
        void aSettingBeyondTheBoundsIsRefusedAtOnceNamingIt(String key, String value) {
            var refused = timed(() -> api.as(User.HR).post("/policies", """
                    {"version": "absurd", "effectiveFrom": "%s", "settings": {"%s": "%s"}}"""
                    .formatted(TOMORROW, key, value)));

            assertInvalid(refused, "settings." + key);
            assertThat(api.as(User.HR).get("/policies/absurd").status()).isEqualTo(404);
        }

        @Test
        void aSettingGivenAsAnAbsurdJsonNumberIsRefusedNamingIt() {
            var refused = timed(() -> api.as(User.HR).post("/policies", """
                    {"version": "absurd", "effectiveFrom": "%s", "settings": {"discipline.fine.MINOR": 1e100000000}}"""
                    .formatted(TOMORROW)));

            assertInvalid(refused, "settings.discipline.fine.MINOR");
            assertThat(api.as(User.HR).get("/policies/absurd").status()).isEqualTo(404);
        }
    }

    /** Text that no database stores, or that is far too long. */
    @Nested
    class Texts {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "a NUL in a member|\\u0000|description",
                "a lone high surrogate|\\ud800|description",
                "a lone low surrogate|\\udc00|description",
                "surrogates in the wrong order|\\udc00\\ud800|description"})
        void textNoDatabaseStoresIsRefusedNamingTheField(String what, String escaped, String field) {
            var refused = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(1200), 20)
                    .replace("arrived 20 minutes late", "arrived " + escaped + " late"));

            assertInvalid(refused, field);
            assertNoViolationsOf(User.STAFF);
        }

        @Test
        void aNulInANestedMemberIsNamedWithItsPath() {
            var refused = api.as(User.HR).post("/violations", damage("100").replace("\"CNY\"", "\"CN\\u0000Y\""));

            assertInvalid(refused, "damage.currency");
            assertNoViolationsOf(User.STAFF);
        }

        @Test
        void aNulInAnArrayItemIsNamedWithItsIndex() {
            var refused = api.as(User.HR).post("/employees", hire("emp-nul", "5000")
                    .replace("\"grantedRoles\": []", "\"grantedRoles\": [\"HR\", \"HR\\u0000\"]"));

            assertInvalid(refused, "grantedRoles[1]");
            assertThat(api.as(User.HR).get("/employees/emp-nul").status()).isEqualTo(404);
        }

        @Test
        void aNulInASettingsNameOrValueIsRefusedNamingIt() {
            var refused = api.as(User.HR).post("/policies", """
                    {"version": "nul", "effectiveFrom": "%s",
                     "settings": {"discipline.points\\u0000.MINOR": "1", "discipline.points.SERIOUS": "4\\u0000"}}"""
                    .formatted(TOMORROW));

            assertInvalid(refused, "settings", "settings.discipline.points.SERIOUS");
            assertThat(api.as(User.HR).get("/policies/nul").status()).isEqualTo(404);
        }

        @Test
        void aPairedSurrogateIsText() {
            var recorded = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(1200), 20)
                    .replace("arrived 20 minutes late", "arrived late \\ud83d\\ude00"));

            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
            assertThat(recorded.json().at("/violation/description").asText()).isEqualTo("arrived late \uD83D\uDE00");
        }

        @Test
        void aTextLongerThanTenThousandCharactersIsRefusedNamingIt() {
            var refused = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(1200), 20)
                    .replace("arrived 20 minutes late", "x".repeat(10_001)));

            assertInvalid(refused, "description");
            assertThat(refused.json().at("/errors/0/message").asText()).isEqualTo("must be at most 10000 characters");
            assertNoViolationsOf(User.STAFF);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/departments", "/employees", "/violations", "/penalties/p-1/withdraw",
                "/penalties/p-1/appeal", "/penalties/p-1/decide-appeal", "/leave-requests", "/leave-requests/l-1/approve",
                "/leave-requests/l-1/reject", "/policies", "/tasks", "/tasks/t-1/refuse", "/tasks/t-1/rule-refusal",
                "/tasks/t-1/request-adjustment", "/tasks/t-1/decide-adjustment", "/tasks/t-1/progress",
                "/tasks/t-1/escalate", "/tasks/t-1/answer-escalation", "/tasks/t-1/complete", "/tasks/t-1/review",
                "/assessment-cycles", "/suggestions", "/suggestions/s-1/assign-reviewer", "/suggestions/s-1/adopt"})
        void everyBodyOfEveryEndpointRefusesANulOrALoneSurrogateNamingTheField(String path) {
            var nul = api.as(User.HR).post(path, "{\"reason\": \"late\\u0000\"}");
            var surrogate = api.as(User.HR).post(path, "{\"reason\": \"late\\ud800\"}");

            assertInvalid(nul, "reason");
            assertInvalid(surrogate, "reason");
        }
    }

    /** Bodies too large, too deep, too long. */
    @Nested
    class Sizes {
        @Test
        void aHundredMegabyteBodyIsRefusedFromItsLengthBeforeItIsRead() {
            var refused = RawHttp.announcing(api.port(), "/violations", User.HR, 100L * 1024 * 1024,
                    "{\"employeeId\": ".getBytes(StandardCharsets.US_ASCII));

            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(refused.took()).isLessThan(AT_ONCE);
            assertThat(refused.body()).contains("\"type\":\"https://servicepolicy.org/problems/request-too-large\"",
                    "\"field\":\"body\"");
            assertNoViolationsOf(User.STAFF);
        }

        @Test
        void aChunkedBodyIsCutOffAtTheLimit() {
            var refused = RawHttp.streaming(api.port(), "/violations", User.HR,
                    "{\"description\": \"".getBytes(StandardCharsets.US_ASCII), 8L * 1024 * 1024);

            assertThat(refused.status()).isEqualTo(413);
            assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(refused.body()).contains("request-too-large", "\"field\":\"body\"");
            assertNoViolationsOf(User.STAFF);
        }

        @Test
        void aBodyNestedDeeperThan32LevelsIsMalformedNamingWhereItGoesTooDeep() {
            var deep = "[".repeat(40) + "]".repeat(40);
            var refused = api.as(User.HR).post("/violations", "{\"description\": " + deep + "}");

            assertProblem(refused, 400, "malformed-request");
            assertThat(fields(refused.json())).singleElement().asString().startsWith("description[0][0]");
            assertNoViolationsOf(User.STAFF);
        }

        @Test
        void anArrayOfMoreThanAThousandItemsIsRefusedNamingIt() {
            var roles = IntStream.range(0, 1001).mapToObj(i -> "\"HR\"").collect(Collectors.joining(","));
            var refused = api.as(User.HR).post("/employees", hire("emp-many", "5000")
                    .replace("\"grantedRoles\": []", "\"grantedRoles\": [" + roles + "]"));

            assertInvalid(refused, "grantedRoles");
            assertThat(api.as(User.HR).get("/employees/emp-many").status()).isEqualTo(404);
        }

        @Test
        void anObjectOfMoreThanAThousandMembersIsRefusedNamingIt() {
            var settings = IntStream.range(0, 1001).mapToObj(i -> "\"k" + i + "\": \"1\"")
                    .collect(Collectors.joining(","));
            var refused = api.as(User.HR).post("/policies", """
                    {"version": "wide", "effectiveFrom": "%s", "settings": {%s}}""".formatted(TOMORROW, settings));

            assertInvalid(refused, "settings");
            assertThat(api.as(User.HR).get("/policies/wide").status()).isEqualTo(404);
        }

        @Test
        void aBodyBreakingManyBoundsListsAHundredProblemsAtMost() {
            var descriptions = IntStream.range(0, 500).mapToObj(i -> "\"\\u0000\"").collect(Collectors.joining(","));
            var refused = api.as(User.HR).post("/tasks/t-1/progress", "{\"blockers\": [" + descriptions + "]}");

            assertProblem(refused, 422, "invalid-input");
            assertThat(refused.json().get("errors")).hasSize(100);
        }
    }

    /** A feature configured with a small limit. */
    @Nested
    class WithASmallBodyLimit {
        @RegisterExtension
        final RestFixture small = new RestFixture().withFeature(feature -> feature.requestBodyLimit(300));

        @Test
        void aBodyWithinTheLimitIsRead() {
            var body = lateArrival(User.STAFF, START.minusSeconds(1200), 20);
            assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(300);

            assertThat(small.as(User.HR).post("/violations", body).status()).isEqualTo(201);
        }

        @Test
        void aBodyBeyondTheLimitIsRefused() {
            var body = lateArrival(User.STAFF, START.minusSeconds(1200), 20)
                    .replace("arrived 20 minutes late", "x".repeat(300));

            var refused = small.as(User.HR).post("/violations", body);

            assertProblem(refused, 413, "request-too-large");
            assertThat(fields(refused.json())).containsExactly("body");
            assertThat(refused.json().at("/errors/0/message").asText()).isEqualTo("must be at most 300 bytes");
            assertThat(small.as(User.HR).get("/employees/emp-staff/violations").json()).isEmpty();
        }

        @Test
        void aChunkedBodyBeyondTheLimitIsRefused() {
            var refused = RawHttp.streaming(small.port(), "/violations", User.HR,
                    "{\"description\": \"".getBytes(StandardCharsets.US_ASCII), 1024);

            assertThat(refused.status()).isEqualTo(413);
            assertThat(small.as(User.HR).get("/employees/emp-staff/violations").json()).isEmpty();
        }
    }

    /** What every answer says of itself, and what the API does with the wrong media types. */
    @Nested
    class Headers {
        @ParameterizedTest(name = "{0} {1}")
        @CsvSource({"GET,/me", "GET,/employees/emp-staff", "GET,/employees", "GET,/openapi.json",
                "GET,/no-such-path", "GET,/violations/v-404", "POST,/violations", "DELETE,/violations"})
        void everyAnswerForbidsCachingAndSniffing(String method, String path) {
            var answer = api.as(User.HR).send(method, path, method.equals("POST") ? "application/json" : null,
                    method.equals("POST") ? "{}" : null);

            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }

        @Test
        void anAnonymousRefusalForbidsCachingAndSniffingToo() {
            var refused = api.anonymous().get("/me");

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }

        @Test
        void aCreatedRecordForbidsCachingToo() {
            var created = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(1200), 20));

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.contentType()).isEqualTo("application/json");
            assertThat(created.headers().firstValue("Cache-Control")).hasValue("no-store");
        }

        @ParameterizedTest
        @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml",
                "text/html"})
        void aBodyThatIsNotJsonIsUnsupportedNamingTheContentType(String contentType) {
            var refused = api.as(User.HR).send("POST", "/violations", contentType,
                    lateArrival(User.STAFF, START.minusSeconds(1200), 20));

            assertProblem(refused, 415, "unsupported-media-type");
            assertThat(fields(refused.json())).containsExactly("Content-Type");
            assertNoViolationsOf(User.STAFF);
        }

        @Test
        void jsonWithACharsetIsJson() {
            var recorded = api.as(User.HR).send("POST", "/violations", "application/json; charset=utf-8",
                    lateArrival(User.STAFF, START.minusSeconds(1200), 20));

            assertThat(recorded.status()).isEqualTo(201);
        }

        @Test
        void anAcceptHeaderThatAdmitsNoJsonIsNotAcceptableNamingIt() {
            var refused = api.as(User.HR).with("Accept", "text/html").get("/me");

            assertProblem(refused, 406, "not-acceptable");
            assertThat(fields(refused.json())).containsExactly("Accept");
        }

        @Test
        void problemsLeaveAbsentMembersOut() {
            var refused = api.as(User.HR).post("/violations", "{}");

            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).doesNotContain("null");
            assertThat(refused.json().has("clause")).isFalse();
            assertThat(api.as(User.HR).get("/violations/v-404").body()).doesNotContain("null", "errors");
        }

        @Test
        void aMalformedBodyIsDescribedWithoutTheParsersInternals() {
            var refused = api.as(User.HR).post("/violations", "{\"employeeId\": \"emp-staff\", \"minutes\": 1x}");

            assertProblem(refused, 400, "malformed-request");
            assertThat(fields(refused.json())).containsExactly("minutes");
            assertThat(refused.body()).doesNotContain("Source", "REDACTED", "java.", "org.servicepolicy",
                    "Unexpected character", "code ");
        }
    }

    private RestFixture.Answer timed(Supplier<RestFixture.Answer> request) {
        long started = System.nanoTime();
        var answer = request.get();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as(answer.toString()).isLessThan(AT_ONCE);
        return answer;
    }

    private static String hire(String id, String wage) {
        return """
                {"id": "%s", "name": "New Hire", "category": "STAFF", "supervisorId": "emp-manager",
                 "departmentId": "sales", "level": 2, "hireDate": "2026-03-02", "monthlyWage": %s,
                 "grantedRoles": []}""".formatted(id, wage);
    }

    private static String damage(String amount) {
        return """
                {"employeeId": "emp-staff", "type": "PROPERTY_DAMAGE", "occurredAt": "%s",
                 "description": "dropped the till", "damage": {"amount": %s, "currency": "CNY", "fault": "NEGLIGENCE"}}"""
                .formatted(TWENTY_MINUTES_AGO, amount);
    }

    private static void assertProblem(RestFixture.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("type").asText()).isEqualTo("https://servicepolicy.org/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
    }

    private static void assertInvalid(RestFixture.Answer answer, String... fields) {
        assertProblem(answer, 422, "invalid-input");
        assertThat(fields(answer.json())).containsExactlyInAnyOrder(fields);
        assertThat(answer.json().get("errors")).allSatisfy(e -> assertThat(e.get("message").asText()).isNotBlank());
    }

    private void assertNoViolationsOf(User employee) {
        assertThat(api.as(User.HR).get("/employees/" + employee.id() + "/violations").json()).isEmpty();
    }
}
