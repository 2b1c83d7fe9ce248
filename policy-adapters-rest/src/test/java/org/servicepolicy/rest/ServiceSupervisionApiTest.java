package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Service supervision over HTTP: observations, findings and the violations they propose (§2.3.1, §3.3.3). */
class ServiceSupervisionApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private String observation(String standard, String severity, String... employees) {
        var ids = String.join("\", \"", employees);
        return """
                {"standard": "%s", "method": "ON_SITE", "outcome": "NONCONFORMITY",
                 "observedAt": "%s", %s"evidence": "customer waited 14 minutes at counter 2",
                 "employeeIds": ["%s"]}""".formatted(standard, START.minus(Duration.ofHours(1)),
                severity == null ? "" : "\"severity\": \"" + severity + "\", \"severityReason\": \"left unserved\", ",
                ids);
    }

    @Test
    @DisplayName("§2.3.1: the supervision group records a nonconformity; each employee concerned has a finding")
    void theGroupRecordsANonconformityAnsweredWithItsLocation() {
        var recorded = api.as(User.SUPERVISOR).post("/service-observations",
                observation("RECEPTION_WAIT", null, User.STAFF.id(), User.PEER.id()));

        assertThat(recorded.status()).isEqualTo(201);
        var json = recorded.json();
        var id = json.at("/observation/id").asText();
        assertThat(recorded.location()).hasValueSatisfying(l ->
                assertThat(l).endsWith("/api/v1/service-observations/" + id));
        assertThat(json.at("/observation/severity").asText()).isEqualTo("MINOR");
        assertThat(json.at("/observation/clause").asText()).isEqualTo("§2.1.1");
        assertThat(json.at("/observation/recordedBy").asText()).isEqualTo(User.SUPERVISOR.id());
        assertThat(values(json.get("findings"), "employeeId")).containsExactly(User.PEER.id(), User.STAFF.id());
        assertThat(json.get("violations")).isEmpty();
        assertThat(api.as(User.SUPERVISOR).get("/service-observations/" + id).json()).isEqualTo(json.get("observation"));

        var findings = api.as(User.STAFF).get("/employees/" + User.STAFF.id() + "/service-findings");
        assertThat(findings.status()).isEqualTo(200);
        assertThat(values(findings.json(), "sourceId")).containsExactly(id);
        assertThat(values(findings.json(), "source")).containsExactly("SUPERVISION");
    }

    @Test
    @DisplayName("§2.3.1, §3.3.3: a SERIOUS nonconformity proposes a company-rule violation with its ladder decision")
    void aSeriousNonconformityProposesAViolation() {
        var recorded = api.as(User.SUPERVISOR).post("/service-observations",
                observation("INFORMATION_SHARING", "SERIOUS", User.STAFF.id()));

        assertThat(recorded.status()).isEqualTo(201);
        var violation = recorded.json().at("/violations/0");
        assertThat(violation.get("proposedPenalty").asText()).isEqualTo("FINE");
        var decision = api.as(User.HR).get("/decisions/" + violation.get("decisionId").asText());
        assertThat(decision.status()).isEqualTo(200);
        assertThat(values(decision.json().get("reasons"), "clause")).contains("§2.3.1", "§3.3.3");
        var violations = api.as(User.HR).get("/employees/" + User.STAFF.id() + "/violations").json();
        assertThat(values(violations, "ruleArea")).containsExactly("SERVICE");
    }

    @Test
    @DisplayName("§2.3.1: the employee concerned reads the observation without who recorded it")
    void theRecorderIsHiddenFromTheEmployeeConcerned() {
        var id = api.as(User.SUPERVISOR).post("/service-observations",
                observation("RECEPTION_WAIT", null, User.STAFF.id())).json().at("/observation/id").asText();

        var seen = api.as(User.STAFF).get("/service-observations/" + id);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().has("recordedBy")).isFalse();
        assertThat(seen.body()).doesNotContain(User.SUPERVISOR.id());
        assertThat(api.as(User.MANAGER).get("/service-observations/" + id).json().get("recordedBy").asText())
                .isEqualTo(User.SUPERVISOR.id());
        HiddenRecords.assertNotFound(api, User.PEER, "/service-observations/" + id, id);
    }

    @Test
    @DisplayName("§2.3.1: findings are read by the employee, their manager, the group and HR, and hidden from others")
    void whoReadsFindings() {
        api.as(User.SUPERVISOR).post("/service-observations", observation("RECEPTION_WAIT", null, User.STAFF.id()));
        var path = "/employees/" + User.STAFF.id() + "/service-findings";

        for (var reader : new User[] {User.STAFF, User.MANAGER, User.SUPERVISOR, User.HR}) {
            assertThat(api.as(reader).get(path).json()).as(reader.name()).hasSize(1);
        }
        HiddenRecords.assertNotFound(api, User.PEER, path, User.STAFF.id());
        HiddenRecords.assertNotFound(api, User.OPS_MANAGER, path, User.STAFF.id());
    }

    @Test
    @DisplayName("§2.3.1, §1.3.3: only the group records, never about themself; invalid input names every field")
    void refusals() {
        assertThat(api.as(User.HR).post("/service-observations",
                observation("RECEPTION_WAIT", null, User.STAFF.id())).status()).isEqualTo(403);
        var own = api.as(User.SUPERVISOR).post("/service-observations",
                observation("RECEPTION_WAIT", null, User.SUPERVISOR.id()));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").asText()).contains("§1.3.3");

        var invalid = api.as(User.SUPERVISOR).post("/service-observations", """
                {"standard": "RECEPTION_WAIT", "method": "ON_SITE", "outcome": "NONCONFORMITY",
                 "evidence": " ", "employeeIds": [], "severity": "GROSS"}""");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.contentType()).contains("problem+json");
        assertThat(fields(invalid.json())).containsExactly("observedAt", "evidence", "employeeIds", "severityReason");
        var unknown = api.as(User.SUPERVISOR).post("/service-observations",
                observation("RECEPTION_WAIT", null, "emp-nobody"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(fields(unknown.json())).containsExactly("employeeIds");
        assertThat(api.as(User.SUPERVISOR).post("/service-observations", """
                {"standard": "QUEUE_LENGTH"}""").status()).isEqualTo(400);
        assertThat(api.as(User.HR).get("/employees/" + User.STAFF.id() + "/service-findings").json()).isEmpty();
    }

    @Test
    @DisplayName("§2.3.1: a retry with the same Idempotency-Key answers the first observation and records nothing twice")
    void aRetryIsAnsweredOnce() {
        var client = api.as(User.SUPERVISOR).with("Idempotency-Key", "obs-1");
        var body = observation("RECEPTION_WAIT", null, User.STAFF.id());

        var first = client.post("/service-observations", body);
        var retry = client.post("/service-observations", body);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).contains("true");
        assertThat(api.as(User.HR).get("/employees/" + User.STAFF.id() + "/service-findings").json()).hasSize(1);
    }
}
