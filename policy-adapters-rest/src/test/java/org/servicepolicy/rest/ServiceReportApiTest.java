package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Peer service problem reports over HTTP: filed, ruled once, rewarded, the reporter hidden (§2.3.1). */
class ServiceReportApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static String report(User about, String addressedTo) {
        return """
                {"subjectKind": "EMPLOYEE", "subjectReference": "%s", "standard": "PROMISED_REPLY",
                 "description": "promised the customer a call-back by noon; none came",
                 "happenedAt": "%s", "addressedTo": "%s"}""".formatted(about.id(),
                START.minus(Duration.ofHours(3)), addressedTo);
    }

    private String file(User reporter, User about, String addressedTo) {
        var filed = api.as(reporter).post("/service-reports", report(about, addressedTo));
        assertThat(filed.status()).isEqualTo(201);
        return filed.json().get("id").asText();
    }

    @Test
    @DisplayName("§2.3.1: a confirmed report is a finding in the colleague's record, proposes a violation and the reporter's reward")
    void aConfirmedReportIsAFindingAndAReward() {
        var filed = api.as(User.PEER).post("/service-reports", report(User.STAFF, "SUPERVISION_GROUP"));
        assertThat(filed.status()).isEqualTo(201);
        var id = filed.json().get("id").asText();
        assertThat(filed.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/service-reports/" + id));
        assertThat(filed.json().get("reporterId").asText()).isEqualTo(User.PEER.id());
        assertThat(filed.json().get("status").asText()).isEqualTo("OPEN");

        var ruled = api.as(User.SUPERVISOR).post("/service-reports/" + id + "/confirmation", """
                {"severity": "SERIOUS", "note": "the customer's e-mail confirms it"}""");

        assertThat(ruled.status()).isEqualTo(200);
        var json = ruled.json();
        assertThat(json.at("/report/status").asText()).isEqualTo("CONFIRMED");
        assertThat(json.at("/decision/outcome").asText()).isEqualTo("CONFIRMED");
        assertThat(values(json.at("/decision/reasons"), "clause")).contains("§2.3.1");
        assertThat(json.at("/finding/source").asText()).isEqualTo("PEER_REPORT");
        assertThat(json.at("/finding/sourceId").asText()).isEqualTo(id);
        assertThat(json.at("/violations/0/proposedPenalty").asText()).isEqualTo("FINE");
        assertThat(json.at("/rewards/0/employeeId").asText()).isEqualTo(User.PEER.id());
        assertThat(json.at("/rewards/0/trigger").asText()).isEqualTo("service.report.effective");
        var findings = api.as(User.STAFF).get("/employees/" + User.STAFF.id() + "/service-findings").json();
        assertThat(values(findings, "source")).containsExactly("PEER_REPORT");
        assertThat(api.as(User.PEER).get("/employees/" + User.PEER.id() + "/rewards").json()).hasSize(1);
    }

    @Test
    @DisplayName("§2.3.1: the colleague and their manager read the confirmed report without its reporter; nothing they read names the reporter")
    void theReporterIsHiddenFromTheColleague() {
        var id = file(User.PEER, User.STAFF, "SUPERVISION_GROUP");
        HiddenRecords.assertNotFound(api, User.STAFF, "/service-reports/" + id, id);
        api.as(User.SUPERVISOR).post("/service-reports/" + id + "/confirmation", """
                {"severity": "SERIOUS"}""");

        for (var reader : new User[] {User.STAFF, User.MANAGER}) {
            var seen = api.as(reader).get("/service-reports/" + id);
            assertThat(seen.status()).as(reader.name()).isEqualTo(200);
            assertThat(seen.json().has("reporterId")).isFalse();
            assertThat(seen.json().has("ruledBy")).isFalse();
            assertThat(seen.body()).doesNotContain(User.PEER.id());
        }
        for (var path : new String[] {"/employees/" + User.STAFF.id() + "/service-findings",
                "/employees/" + User.STAFF.id() + "/decisions", "/employees/" + User.STAFF.id() + "/violations"}) {
            var read = api.as(User.STAFF).get(path);
            assertThat(read.status()).as(path).isEqualTo(200);
            assertThat(read.body()).as(path).doesNotContain(User.PEER.id());
        }
        assertThat(api.as(User.HR).get("/service-reports/" + id).json().get("reporterId").asText())
                .isEqualTo(User.PEER.id());
        HiddenRecords.assertNotFound(api, User.OPS_MANAGER, "/service-reports/" + id, id);
    }

    @Test
    @DisplayName("§2.3.1: lists: the reporter's own, those addressed to a superior, all for the group and HR")
    void lists() {
        var toOutsider = file(User.JUNIOR, User.PEER, "SUPERIOR");
        api.clock().advance(Duration.ofMinutes(1));
        var toGroup = file(User.STAFF, User.PEER, "SUPERVISION_GROUP");

        assertThat(values(api.as(User.JUNIOR).get("/service-reports").json(), "id")).containsExactly(toOutsider);
        var addressed = api.as(User.OUTSIDER).get("/service-reports?scope=ADDRESSED").json();
        assertThat(values(addressed, "id")).containsExactly(toOutsider);
        assertThat(values(addressed, "reporterId")).containsExactly(User.JUNIOR.id());
        assertThat(values(api.as(User.SUPERVISOR).get("/service-reports?scope=ALL").json(), "id"))
                .containsExactly(toOutsider, toGroup);
        assertThat(api.as(User.STAFF).get("/service-reports?scope=ALL").status()).isEqualTo(403);
        var badScope = api.as(User.STAFF).get("/service-reports?scope=MINE");
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(fields(badScope.json())).containsExactly("scope");
    }

    @Test
    @DisplayName("§2.3.1, §1.3.3: only the group rules, once; nobody reports about themself; bad input names every field")
    void refusals() {
        var id = file(User.PEER, User.STAFF, "SUPERIOR");
        assertThat(api.as(User.MANAGER).post("/service-reports/" + id + "/confirmation", """
                {"severity": "MINOR"}""").status()).isEqualTo(403);
        assertThat(api.as(User.HR).post("/service-reports/" + id + "/dismissal", """
                {"reason": "no"}""").status()).isEqualTo(403);
        var noReason = api.as(User.SUPERVISOR).post("/service-reports/" + id + "/dismissal", """
                {"reason": " "}""");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(fields(noReason.json())).containsExactly("reason");
        var noSeverity = api.as(User.SUPERVISOR).post("/service-reports/" + id + "/confirmation", "{}");
        assertThat(noSeverity.status()).isEqualTo(422);
        assertThat(fields(noSeverity.json())).containsExactly("severity");
        assertThat(api.as(User.SUPERVISOR).post("/service-reports/" + id + "/dismissal", """
                {"reason": "the call-back was made"}""").status()).isEqualTo(200);
        assertThat(api.as(User.SUPERVISOR).post("/service-reports/" + id + "/confirmation", """
                {"severity": "MINOR"}""").status()).isEqualTo(409);

        var self = api.as(User.STAFF).post("/service-reports", report(User.STAFF, "SUPERVISION_GROUP"));
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.contentType()).contains("problem+json");
        assertThat(self.json().get("field").asText()).isEqualTo("subjectReference");
        assertThat(self.json().get("detail").asText()).contains("themself");
        var invalid = api.as(User.STAFF).post("/service-reports", """
                {"subjectKind": "EMPLOYEE", "subjectReference": " ", "description": ""}""");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("subjectReference", "description", "happenedAt",
                "addressedTo");
        assertThat(api.as(User.STAFF).post("/service-reports", """
                {"subjectKind": "CUSTOMER"}""").status()).isEqualTo(400);
        HiddenRecords.assertNotFound(api, User.SUPERVISOR, "/service-reports/" + HiddenRecords.NO_SUCH,
                HiddenRecords.NO_SUCH);
    }
}
