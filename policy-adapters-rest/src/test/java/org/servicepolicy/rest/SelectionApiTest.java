package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Cycles.FEB_END;
import static org.servicepolicy.rest.Cycles.JAN;
import static org.servicepolicy.rest.Cycles.Q4;
import static org.servicepolicy.rest.Cycles.Q4_END;
import static org.servicepolicy.rest.Cycles.finalizedSales;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.texts;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Internal selections, their applications and HR's choice over HTTP (§4.3.2). */
class SelectionApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final Duration OPEN_FOR = Duration.ofDays(14);

    private String open() {
        var opened = api.as(User.HR).post("/selections", """
                {"position": "Shift lead, operations", "level": 4, "departmentId": "ops", "closesAt": "%s"}"""
                .formatted(START.plus(OPEN_FOR)));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("id").asText();
    }

    /** {@code employees} pass each recurring programme (§4.1.2, §4.2.2): promotion needs training current. */
    private void trainingCurrent(User... employees) {
        for (var employee : employees) {
            api.passTraining(employee.id(), "PERIODIC_SERVICE");
            api.passTraining(employee.id(), "RULES_REFRESHER");
        }
    }

    @Test
    @DisplayName("§4.3.2: HR opens a selection every employee may read; nobody else opens one; bad input names the fields")
    void hrOpensASelectionAllStaffRead() {
        assertThat(api.as(User.MANAGER).post("/selections", """
                {"position": "Lead", "level": 4, "departmentId": "ops", "closesAt": "%s"}"""
                .formatted(START.plus(OPEN_FOR))).status()).isEqualTo(403);
        var bad = api.as(User.HR).post("/selections", """
                {"position": " ", "departmentId": "ops", "closesAt": "%s"}""".formatted(START.minusSeconds(60)));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).contains("problem+json");
        assertThat(fields(bad.json())).containsExactly("position", "level", "closesAt");

        var id = open();

        var read = api.as(User.OUTSIDER).get("/selections/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(read.json().get("openedById").asText()).isEqualTo(User.HR.id());
        assertThat(read.json().get("closesAt").asText()).isEqualTo(START.plus(OPEN_FOR).toString());
        assertThat(values(api.as(User.TEMP).get("/selections").json(), "id")).containsExactly(id);
        assertThat(api.as(User.STAFF).get("/selections/sel-unknown").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("§4.3.2: only the eligible apply, across departments; an applicant sees their own application, HR all")
    void theEligibleApplyAndEachSeesWhatTheyMay() {
        finalizedSales(api, "2025-q4", Q4, Q4_END);
        finalizedSales(api, "2026-jan-feb", JAN, FEB_END);
        trainingCurrent(User.STAFF, User.PEER);
        var id = open();

        var staff = api.as(User.STAFF).post("/selections/" + id + "/applications");
        var temp = api.as(User.TEMP).post("/selections/" + id + "/applications");

        assertThat(staff.status()).as(staff.toString()).isEqualTo(200);
        assertThat(values(staff.json().get("applications"), "employeeId")).containsExactly(User.STAFF.id());
        assertThat(values(staff.json().get("applications"), "departmentId")).containsExactly("sales");
        assertThat(temp.status()).as(temp.toString()).isEqualTo(422);
        assertThat(temp.contentType()).contains("problem+json");
        assertThat(api.as(User.STAFF).post("/selections/" + id + "/applications").status()).isEqualTo(409);
        var peer = api.as(User.PEER).post("/selections/" + id + "/applications");
        assertThat(peer.status()).as(peer.toString()).isEqualTo(200);
        assertThat(values(peer.json().get("applications"), "employeeId")).containsExactly(User.PEER.id());
        assertThat(values(api.as(User.HR).get("/selections/" + id).json().get("applications"), "employeeId"))
                .containsExactly(User.STAFF.id(), User.PEER.id());
        assertThat(api.as(User.OUTSIDER).get("/selections/" + id).json().get("applications")).isEmpty();
    }

    @Test
    @DisplayName("§4.3.2, §1.3.3: once closed HR chooses with reasons about every applicant, and the chosen one moves")
    void hrChoosesOnceClosedAndTheChosenMoves() {
        finalizedSales(api, "2025-q4", Q4, Q4_END);
        finalizedSales(api, "2026-jan-feb", JAN, FEB_END);
        trainingCurrent(User.STAFF, User.PEER);
        var id = open();
        api.as(User.STAFF).post("/selections/" + id + "/applications");
        api.as(User.PEER).post("/selections/" + id + "/applications");
        var choice = """
                {"chosenId": "emp-staff", "reason": "best interview"}""";
        assertThat(api.as(User.HR).post("/selections/" + id + "/decision", choice).status()).as("still open")
                .isEqualTo(422);
        api.clock().advance(OPEN_FOR.plusMinutes(1));
        assertThat(api.as(User.MANAGER).post("/selections/" + id + "/decision", choice).status()).isEqualTo(403);
        var notApplied = api.as(User.HR).post("/selections/" + id + "/decision", """
                {"chosenId": "emp-outsider", "reason": "r"}""");
        assertThat(fields(notApplied.json())).containsExactly("chosenId");

        var decided = api.as(User.HR).post("/selections/" + id + "/decision", choice);

        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().at("/selection/status").asText()).isEqualTo("DECIDED");
        assertThat(decided.json().at("/selection/chosenId").asText()).isEqualTo(User.STAFF.id());
        var decisions = decided.json().get("decisions");
        assertThat(values(decisions, "subjectId")).containsExactly(User.STAFF.id(), User.PEER.id());
        for (var decision : decisions) {
            assertThat(values(decision.get("reasons"), "clause")).contains("§4.3.2");
        }
        assertThat(texts(decided.json().at("/selection/decisionIds"))).containsExactlyElementsOf(values(decisions,
                "id"));
        assertThat(decided.json().at("/moved/level").asInt()).isEqualTo(4);
        assertThat(decided.json().at("/moved/departmentId").asText()).isEqualTo("ops");
        var staff = api.as(User.HR).get("/employees/emp-staff").json();
        assertThat(staff.get("level").asInt()).isEqualTo(4);
        assertThat(staff.get("departmentId").asText()).isEqualTo("ops");
        assertThat(api.as(User.HR).post("/selections/" + id + "/decision", choice).status()).isEqualTo(409);
        assertThat(api.as(User.PEER).get("/selections/" + id).json().has("chosenId")).as("another's choice").isFalse();
    }
}
