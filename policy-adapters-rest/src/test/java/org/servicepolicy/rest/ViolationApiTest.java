package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.absence;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /violations} and the violation lists over HTTP (§3.2, §3.3.3). */
class ViolationApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final String TWENTY_MINUTES_AGO = START.minus(Duration.ofMinutes(20)).toString();

    @Test
    void recordingAnswers201WithTheViolationItsProposedPenaltyAndTheDecisionsReasons() {
        var recorded = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(1200), 20));

        assertThat(recorded.status()).isEqualTo(201);
        var json = recorded.json();
        var violationId = json.at("/violation/id").asText();
        assertThat(recorded.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/violations/" + violationId));
        assertThat(json.at("/violation/employeeId").asText()).isEqualTo(User.STAFF.id());
        assertThat(json.at("/violation/type").asText()).isEqualTo("LATE_ARRIVAL");
        assertThat(json.at("/violation/clause").asText()).isEqualTo("§3.2.2");
        assertThat(json.at("/violation/severity").asText()).isEqualTo("MINOR");
        assertThat(json.at("/violation/occurredAt").asText()).isEqualTo(TWENTY_MINUTES_AGO);
        assertThat(json.at("/violation/recordedAt").asText()).isEqualTo(START.toString());
        assertThat(json.at("/violation/recordedBy").asText()).isEqualTo(User.HR.id());
        assertThat(json.at("/violation/minutes").asInt()).isEqualTo(20);
        assertThat(json.at("/violation/policyVersion").asText()).isEqualTo("standard");

        assertThat(json.at("/penalty/id").asText()).isNotBlank();
        assertThat(json.at("/penalty/step").asText()).isEqualTo("WARNING");
        assertThat(json.at("/penalty/status").asText()).isEqualTo("PROPOSED");
        assertThat(json.at("/penalty/violationId").asText()).isEqualTo(violationId);
        assertThat(json.at("/penalty/decisionId").asText()).isEqualTo(json.at("/decision/id").asText());
        assertThat(json.at("/penalty/fine").isMissingNode()).isTrue();

        assertThat(json.at("/decision/kind").asText()).isEqualTo("discipline.penalty-proposal");
        assertThat(json.at("/decision/outcome").asText()).isEqualTo("WARNING");
        assertThat(values(json.at("/decision/reasons"), "rule"))
                .containsExactly("discipline.severity.minutes", "discipline.ladder.points", "discipline.ladder.band");
        assertThat(values(json.at("/decision/reasons"), "clause")).containsExactly("§3.2.2", "§3.3.3", "§3.3.3");
        assertThat(json.at("/decision/reasons/1/facts/points").asText()).isEqualTo("1");

        var stored = api.as(User.STAFF).get("/violations/" + violationId);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json()).isEqualTo(json.get("violation"));
    }

    @Test
    void aFineProposalCarriesTheFineForTheSeverity() {
        api.as(User.MANAGER).post("/violations", lateArrival(User.STAFF, START.minusSeconds(3600), 10));

        var second = api.as(User.MANAGER).post("/violations", absence(User.STAFF, START.minusSeconds(600), 1)).json();

        assertThat(second.at("/violation/severity").asText()).isEqualTo("MODERATE");
        assertThat(second.at("/penalty/step").asText()).isEqualTo("FINE");
        assertThat(second.at("/penalty/fine/amount").decimalValue()).isEqualByComparingTo("200");
        assertThat(second.at("/penalty/fine/currency").asText()).isEqualTo("CNY");
        assertThat(values(second.at("/decision/reasons"), "rule")).contains("discipline.fine");
    }

    @Test
    void propertyDamageAnswersWithTheCompensationAndItsDecision() {
        var recorded = api.as(User.HR).post("/violations", """
                {"employeeId": "emp-staff", "type": "PROPERTY_DAMAGE", "occurredAt": "%s",
                 "description": "dropped the demo laptop",
                 "damage": {"amount": 3000, "currency": "CNY", "fault": "NEGLIGENCE"}}""".formatted(TWENTY_MINUTES_AGO));

        assertThat(recorded.status()).isEqualTo(201);
        var json = recorded.json();
        assertThat(json.at("/violation/compensation/amount/amount").decimalValue()).isEqualByComparingTo("1500");
        assertThat(json.at("/violation/compensation/fault").asText()).isEqualTo("NEGLIGENCE");
        assertThat(json.at("/violation/compensation/instalmentCap/amount").decimalValue()).isEqualByComparingTo("1200");
        assertThat(json.at("/compensationDecision/kind").asText()).isEqualTo("discipline.compensation");
        assertThat(values(json.at("/compensationDecision/reasons"), "clause")).isNotEmpty().allMatch("§3.2.2"::equals);
    }

    @Test
    void aCompanyRuleViolationTakesTheRecordersSeverityAndRuleArea() {
        var recorded = api.as(User.HR).post("/violations", """
                {"employeeId": "emp-staff", "type": "COMPANY_RULE_VIOLATION", "occurredAt": "%s",
                 "description": "expense claim without receipts", "severity": "SERIOUS", "ruleArea": "FINANCE"}"""
                .formatted(TWENTY_MINUTES_AGO)).json();

        assertThat(recorded.at("/violation/severity").asText()).isEqualTo("SERIOUS");
        assertThat(recorded.at("/violation/ruleArea").asText()).isEqualTo("FINANCE");
        assertThat(recorded.at("/violation/clause").asText()).isEqualTo("§3.2.1");
        assertThat(recorded.at("/penalty/step").asText()).isEqualTo("FINE");
    }

    @Test
    void aConfidentialityBreachThatLeakedCustomerDataIsGross() {
        var recorded = api.as(User.SUPERVISOR).post("/violations", """
                {"employeeId": "emp-staff", "type": "CONFIDENTIALITY_BREACH", "occurredAt": "%s",
                 "description": "customer list sent to a private address", "customerDataLeaked": true}"""
                .formatted(TWENTY_MINUTES_AGO)).json();

        assertThat(recorded.at("/violation/severity").asText()).isEqualTo("GROSS");
        assertThat(recorded.at("/violation/customerDataLeaked").asBoolean()).isTrue();
        assertThat(recorded.at("/penalty/step").asText()).isEqualTo("DISMISSAL");
    }

    static Stream<Arguments> badInput() {
        var late = lateArrival(User.STAFF, START.minusSeconds(1200), 20);
        return Stream.of(
                Arguments.of("every missing member at once", "{}", 422,
                        new String[]{"employeeId", "type", "occurredAt", "description"}),
                Arguments.of("an unknown member", late.replace("\"minutes\"", "\"delayMinutes\""), 400,
                        new String[]{"delayMinutes"}),
                Arguments.of("a nested unknown member", """
                        {"employeeId": "emp-staff", "type": "PROPERTY_DAMAGE", "occurredAt": "%s", "description": "x",
                         "damage": {"amount": 10, "currency": "CNY", "fault": "INTENT", "insured": true}}"""
                        .formatted(TWENTY_MINUTES_AGO), 400, new String[]{"damage.insured"}),
                Arguments.of("a time in the future", lateArrival(User.STAFF, START.plusSeconds(60), 20), 422,
                        new String[]{"occurredAt"}),
                Arguments.of("negative minutes", lateArrival(User.STAFF, START.minusSeconds(1200), -5), 422,
                        new String[]{"minutes"}),
                Arguments.of("minutes for a type that has none", absence(User.STAFF, START.minusSeconds(60), 1)
                        .replace("\"days\": 1", "\"days\": 1, \"minutes\": 5"), 422, new String[]{"minutes"}),
                Arguments.of("malformed JSON", late.substring(0, late.length() - 1), 400, new String[]{"body"}),
                Arguments.of("a JSON array for a body", "[" + late + "]", 400, new String[]{"body"}),
                Arguments.of("a type that does not exist", late.replace("LATE_ARRIVAL", "SLEEPING"), 400,
                        new String[]{"type"}),
                Arguments.of("a number as a string", late.replace("\"minutes\": 20", "\"minutes\": \"20\""), 400,
                        new String[]{"minutes"}),
                Arguments.of("a fraction of a minute", late.replace("\"minutes\": 20", "\"minutes\": 20.5"), 400,
                        new String[]{"minutes"}),
                Arguments.of("a time that is not ISO-8601", late.replace(TWENTY_MINUTES_AGO, "02/03/2026 08:40"), 400,
                        new String[]{"occurredAt"}),
                Arguments.of("an empty damage object", """
                        {"employeeId": "emp-staff", "type": "PROPERTY_DAMAGE", "occurredAt": "%s", "description": "x",
                         "damage": {}}""".formatted(TWENTY_MINUTES_AGO), 422,
                        new String[]{"damage.amount", "damage.currency", "damage.fault"}),
                Arguments.of("a fault that does not exist", """
                        {"employeeId": "emp-staff", "type": "PROPERTY_DAMAGE", "occurredAt": "%s", "description": "x",
                         "damage": {"amount": 10, "currency": "CNY", "fault": "BAD_LUCK"}}"""
                        .formatted(TWENTY_MINUTES_AGO), 400, new String[]{"damage.fault"}),
                Arguments.of("a severity the policy decides", late.replace("\"minutes\"", "\"severity\": \"GROSS\", \"minutes\""),
                        422, new String[]{"severity"}),
                Arguments.of("a time before the hire date", lateArrival(User.STAFF,
                        Instant.parse("2019-06-03T09:00:00Z"), 20), 422, new String[]{"occurredAt"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void badInputIsRefusedNamingTheFieldsAndNothingIsStored(String what, String body, int status, String[] fields) {
        var refused = api.as(User.HR).post("/violations", body);

        assertThat(refused.status()).isEqualTo(status);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo(status == 400
                ? "https://servicepolicy.org/problems/malformed-request"
                : "https://servicepolicy.org/problems/invalid-input");
        assertThat(fields(refused.json())).containsExactlyInAnyOrder(fields);
        assertThat(refused.json().get("errors")).allSatisfy(e -> assertThat(e.get("message").asText()).isNotBlank());
        assertNothingRecordedFor(User.STAFF);
    }

    @Test
    void aMissingBodyIsABadRequestAndNothingIsStored() {
        var refused = api.as(User.HR).post("/violations");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactly("body");
        assertNothingRecordedFor(User.STAFF);
    }

    @Test
    void aWrongEnumValueListsTheAllowedValues() {
        var refused = api.as(User.HR).post("/violations",
                lateArrival(User.STAFF, START.minusSeconds(1200), 20).replace("LATE_ARRIVAL", "late_arrival"));

        assertThat(refused.json().at("/errors/0/message").asText())
                .contains("must be one of [LATE_ARRIVAL, EARLY_LEAVE, ABSENTEEISM").contains("'late_arrival'");
    }

    @Test
    void anUnknownEmployeeIsInvalidInputNamingTheField() {
        var refused = api.as(User.HR).post("/violations", lateArrival(User.GHOST, START.minusSeconds(60), 20));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused.json())).containsExactly("employeeId");
    }

    @Test
    void theDepartmentManagerRecordsForTheirDepartment() {
        assertThat(api.as(User.MANAGER).post("/violations", lateArrival(User.STAFF, START.minusSeconds(60), 20))
                .status()).isEqualTo(201);
    }

    @Test
    void theSupervisionGroupRecordsForAnyDepartment() {
        assertThat(api.as(User.SUPERVISOR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(60), 20))
                .status()).isEqualTo(201);
    }

    @Test
    void nobodyRecordsAViolationAboutThemself() {
        for (var user : new User[]{User.HR, User.MANAGER, User.SUPERVISOR}) {
            var refused = api.as(user).post("/violations", lateArrival(user, START.minusSeconds(60), 20));

            assertThat(refused.status()).as(user.name()).isEqualTo(403);
            assertThat(refused.json().get("detail").asText()).as(user.name())
                    .contains("record a violation in their own case (§1.3.3)");
            assertNothingRecordedFor(user);
        }
    }

    @Test
    void staffMayNotRecordAboutAColleague() {
        var body = lateArrival(User.STAFF, START.minusSeconds(60), 20);
        var refused = api.as(User.PEER).post("/violations", body);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/access-denied");
        // Refused for the recorder's roles, before the employee is looked up: the answer tells nothing of them.
        assertThat(refused.body()).doesNotContain(User.STAFF.id());
        assertThat(api.as(User.PEER).post("/violations", body.replace(User.STAFF.id(), HiddenRecords.NO_SUCH)).body())
                .isEqualTo(refused.body());
        assertNothingRecordedFor(User.STAFF);
    }

    @Test
    void theManagerOfAnotherDepartmentMayNotRecord() {
        var refused = HiddenRecords.assertAnsweredAsMissing(api, User.OPS_MANAGER, "POST", "/violations",
                lateArrival(User.STAFF, START.minusSeconds(60), 20), User.STAFF.id());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/invalid-input");
        assertThat(fields(refused.json())).containsExactly("employeeId");
        assertThat(refused.json().at("/errors/0/message").asText()).isEqualTo("no such employee: " + User.STAFF.id());
        assertNothingRecordedFor(User.STAFF);
    }

    @Test
    void staffReadTheirOwnViolationsButNotAColleagues() {
        var id = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(60), 20)).json()
                .at("/violation/id").asText();

        assertThat(values(api.as(User.STAFF).get("/employees/emp-staff/violations").json(), "id")).containsExactly(id);
        HiddenRecords.assertNotFound(api, User.PEER, "/employees/emp-staff/violations", User.STAFF.id());
        HiddenRecords.assertNotFound(api, User.PEER, "/violations/" + id, id);
    }

    @Test
    void aManagerReadsTheirDepartmentsViolationsButNotAnotherDepartments() {
        api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(60), 20));
        api.as(User.HR).post("/violations", lateArrival(User.OUTSIDER, START.minusSeconds(60), 20));

        assertThat(api.as(User.MANAGER).get("/employees/emp-staff/violations").json()).hasSize(1);
        HiddenRecords.assertNotFound(api, User.MANAGER, "/employees/emp-outsider/violations", User.OUTSIDER.id());
        assertThat(api.as(User.OPS_MANAGER).get("/employees/emp-outsider/violations").json()).hasSize(1);
    }

    @Test
    void penaltiesAreListedPerEmployeeForThoseWhoMaySeeThem() {
        var penalty = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(60), 20)).json()
                .at("/penalty/id").asText();

        assertThat(values(api.as(User.STAFF).get("/employees/emp-staff/penalties").json(), "id")).containsExactly(penalty);
        assertThat(values(api.as(User.MANAGER).get("/employees/emp-staff/penalties").json(), "id")).containsExactly(penalty);
        HiddenRecords.assertNotFound(api, User.PEER, "/employees/emp-staff/penalties", User.STAFF.id());
        HiddenRecords.assertNotFound(api, User.OUTSIDER, "/penalties/" + penalty, penalty);
    }

    @Test
    void aViolationThatDoesNotExistIsNotFound() {
        assertThat(api.as(User.HR).get("/violations/no-such-violation").status()).isEqualTo(404);
    }

    private void assertNothingRecordedFor(User employee) {
        assertThat(api.as(User.HR).get("/employees/" + employee.id() + "/violations").json()).isEmpty();
        assertThat(api.as(User.HR).get("/employees/" + employee.id() + "/penalties").json()).isEmpty();
        assertThat(api.as(User.HR).get("/employees/" + employee.id() + "/decisions").json()).isEmpty();
    }
}
