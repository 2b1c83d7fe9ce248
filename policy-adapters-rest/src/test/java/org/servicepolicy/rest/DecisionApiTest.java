package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.absence;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Stored decisions and their explanations over HTTP. */
class DecisionApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    @Test
    void aDecisionShowsItsOutcomeReasonsFactsAndPolicyVersion() {
        var recorded = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(1200), 45)).json();

        var decision = api.as(User.STAFF).get("/decisions/" + recorded.at("/decision/id").asText());

        assertThat(decision.status()).isEqualTo(200);
        var json = decision.json();
        assertThat(json.get("outcome").asText()).isEqualTo("WARNING");
        assertThat(json.get("kind").asText()).isEqualTo("discipline.penalty-proposal");
        assertThat(json.get("subjectId").asText()).isEqualTo(User.STAFF.id());
        assertThat(json.get("policyVersion").asText()).isEqualTo("standard");
        assertThat(json.get("factAt").asText()).isEqualTo(START.minusSeconds(1200).toString());
        assertThat(json.get("decidedAt").asText()).isEqualTo(START.toString());
        assertThat(json.get("decidedBy").asText()).isEqualTo(User.HR.id());
        var severity = json.at("/reasons/0");
        assertThat(severity.get("clause").asText()).isEqualTo("§3.2.2");
        assertThat(severity.get("rule").asText()).isEqualTo("discipline.severity.minutes");
        assertThat(severity.get("message").asText()).contains("MODERATE");
        assertThat(severity.at("/facts/minutes").asText()).isEqualTo("45");
        assertThat(json).isEqualTo(recorded.get("decision"));
    }

    @Test
    void theDecisionsAboutAnEmployeeAreListedOldestFirst() {
        var first = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(7200), 10)).json();
        api.clock().advance(Duration.ofHours(1));
        var second = api.as(User.HR).post("/violations", absence(User.STAFF, START.minusSeconds(600), 1)).json();

        var decisions = api.as(User.MANAGER).get("/employees/emp-staff/decisions").json();

        assertThat(values(decisions, "id")).containsExactly(first.at("/decision/id").asText(),
                second.at("/decision/id").asText());
        assertThat(values(decisions, "outcome")).containsExactly("WARNING", "FINE");
    }

    @Test
    void staffReadDecisionsAboutThemselvesButNotAboutOthers() {
        var id = api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(600), 10)).json()
                .at("/decision/id").asText();

        HiddenRecords.assertNotFound(api, User.PEER, "/decisions/" + id, id);
        HiddenRecords.assertNotFound(api, User.PEER, "/employees/emp-staff/decisions", User.STAFF.id());
        HiddenRecords.assertNotFound(api, User.OPS_MANAGER, "/decisions/" + id, id);
        assertThat(api.as(User.MANAGER).get("/decisions/" + id).status()).isEqualTo(200);
        assertThat(api.as(User.STAFF).get("/decisions/" + id).status()).isEqualTo(200);
    }

    @Test
    void aDecisionThatDoesNotExistIsNotFound() {
        var missing = api.as(User.HR).get("/decisions/no-such-decision");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asText()).contains("no-such-decision");
    }
}
