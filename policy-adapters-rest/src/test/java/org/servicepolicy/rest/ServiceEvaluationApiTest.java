package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The periodic service evaluation over HTTP: periods, scores, customer scores and results (§2.3.3, §5.2.2). */
class ServiceEvaluationApiTest {
    private static final String PERIODS = "/service-evaluation-periods";

    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static String period(String name, String from, String to, String department) {
        return """
                {"name": "%s", "from": "%s", "to": "%s", "departmentIds": [%s]}""".formatted(name, from, to,
                department == null ? "" : "\"" + department + "\"");
    }

    private static String scores(User employee, int score) {
        return """
                {"employeeId": "%s", "scores": {"CUSTOMER_SATISFACTION": %d, "EFFICIENCY": %d,
                 "COMMUNICATION": %d, "ATTITUDE": %d}}""".formatted(employee.id(), score, score, score, score);
    }

    private static String customerScore(User employee, int score) {
        return """
                {"employeeId": "%s", "score": %d, "source": "CUSTOMER_FEEDBACK", "sourceReference": "survey 2026-01",
                 "givenAt": "%s"}""".formatted(employee.id(), score, START.minus(Duration.ofDays(40)));
    }

    private String openSalesPeriod() {
        var opened = api.as(User.HR).post(PERIODS, period("Sales, Jan-Feb", "2026-01-01", "2026-02-28", "sales"));
        assertThat(opened.status()).isEqualTo(201);
        return opened.json().get("id").asText();
    }

    @Test
    @DisplayName("§2.3.3: HR opens a period answered with its Location; an overlapping one is refused with its field")
    void hrOpensPeriodsThatNeverOverlap() {
        var opened = api.as(User.HR).post(PERIODS, period("Sales, Jan-Feb", "2026-01-01", "2026-02-28", "sales"));

        assertThat(opened.status()).isEqualTo(201);
        var id = opened.json().get("id").asText();
        assertThat(opened.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1" + PERIODS + "/" + id));
        assertThat(opened.json().get("status").asText()).isEqualTo("OPEN");
        var overlapping = api.as(User.HR).post(PERIODS, period("Company", "2026-02-01", "2026-03-31", null));
        assertThat(overlapping.status()).isEqualTo(422);
        assertThat(overlapping.contentType()).contains("problem+json");
        assertThat(overlapping.json().get("rule").asText()).isEqualTo("service.evaluation.period.overlap");
        assertThat(overlapping.json().get("field").asText()).isEqualTo("from");
        assertThat(api.as(User.MANAGER).post(PERIODS, period("Mine", "2027-01-01", "2027-01-31", null)).status())
                .isEqualTo(403);
        var invalid = api.as(User.HR).post(PERIODS, """
                {"name": " ", "departmentIds": ["sales", "sales"]}""");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("name", "from", "to", "departmentIds");
        assertThat(values(api.as(User.STAFF).get(PERIODS).json(), "id")).containsExactly(id);
    }

    @Test
    @DisplayName("§2.3.3, §5.2.2: scores and customer scores finalise into results, each explained by a decision")
    void aPeriodIsScoredAndFinalised() {
        var id = openSalesPeriod();
        assertThat(api.as(User.SUPERVISOR).post("/customer-scores", customerScore(User.STAFF, 5)).status())
                .isEqualTo(201);
        assertThat(api.as(User.MANAGER).post(PERIODS + "/" + id + "/scores", scores(User.STAFF, 94)).json()
                .get("role").asText()).isEqualTo("SUPERIOR");
        var group = api.as(User.SUPERVISOR).post(PERIODS + "/" + id + "/scores", scores(User.STAFF, 92));
        assertThat(group.status()).isEqualTo(201);
        assertThat(group.json().get("role").asText()).isEqualTo("SUPERVISION_GROUP");
        api.as(User.MANAGER).post(PERIODS + "/" + id + "/scores", scores(User.PEER, 40));
        api.as(User.SUPERVISOR).post("/customer-scores", customerScore(User.PEER, 1));

        var own = api.as(User.STAFF).get(PERIODS + "/" + id + "/scores").json();
        assertThat(values(own, "role")).containsExactly("SUPERIOR", "SUPERVISION_GROUP");
        assertThat(own.get(0).has("scorerId")).isFalse();
        assertThat(values(api.as(User.HR).get(PERIODS + "/" + id + "/scores").json(), "scorerId"))
                .containsExactly(User.MANAGER.id(), User.MANAGER.id(), User.SUPERVISOR.id());

        var finalised = api.as(User.HR).post(PERIODS + "/" + id + "/finalise", "");
        assertThat(finalised.status()).isEqualTo(200);
        var json = finalised.json();
        assertThat(json.at("/period/status").asText()).isEqualTo("FINALISED");
        assertThat(values(json.get("results"), "employeeId")).containsExactly(User.PEER.id(), User.STAFF.id());
        assertThat(values(json.get("results"), "band")).containsExactly("SUBSTANDARD", "EXCELLENT");
        assertThat(values(json.get("followUps"), "kind")).containsExactly("COACHING");
        assertThat(json.get("violationIds")).hasSize(1);

        var results = api.as(User.STAFF).get("/employees/" + User.STAFF.id() + "/service-evaluations");
        assertThat(results.status()).isEqualTo(200);
        assertThat(values(results.json(), "band")).containsExactly("EXCELLENT");
        var decision = api.as(User.HR).get("/decisions/" + results.json().get(0).get("decisionId").asText());
        assertThat(values(decision.json().get("reasons"), "clause")).contains("§2.3.3", "§5.2.2");
        assertThat(values(api.as(User.HR).get("/employees/" + User.STAFF.id() + "/rewards").json(), "trigger"))
                .containsExactly("service.evaluation.EXCELLENT");
        HiddenRecords.assertNotFound(api, User.OUTSIDER, "/employees/" + User.STAFF.id() + "/service-evaluations",
                User.STAFF.id());
        assertThat(api.as(User.HR).post(PERIODS + "/" + id + "/finalise", "").json().get("results"))
                .isEqualTo(json.get("results"));
    }

    @Test
    @DisplayName("§2.3.3, §1.3.3: nobody scores themself or records a customer score about themself; bad input names its field")
    void refusals() {
        var id = openSalesPeriod();

        var self = api.as(User.MANAGER).post(PERIODS + "/" + id + "/scores", scores(User.MANAGER, 100));
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.json().get("detail").asText()).contains("§1.3.3");
        assertThat(api.as(User.PEER).post(PERIODS + "/" + id + "/scores", scores(User.STAFF, 100)).status())
                .isEqualTo(403);
        assertThat(api.as(User.SUPERVISOR).post("/customer-scores", customerScore(User.SUPERVISOR, 5)).status())
                .isEqualTo(403);
        assertThat(api.as(User.MANAGER).post("/customer-scores", customerScore(User.STAFF, 5)).status())
                .isEqualTo(403);
        var invalid = api.as(User.HR).post("/customer-scores", """
                {"employeeId": "%s", "score": 9, "sourceReference": " "}""".formatted(User.STAFF.id()));
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.contentType()).contains("problem+json");
        assertThat(fields(invalid.json())).containsExactly("score", "source", "sourceReference", "givenAt");
        var badScores = api.as(User.MANAGER).post(PERIODS + "/" + id + "/scores", """
                {"employeeId": "%s", "scores": {"ATTITUDE": 101}}""".formatted(User.STAFF.id()));
        assertThat(badScores.status()).isEqualTo(422);
        assertThat(fields(badScores.json())).contains("scores.ATTITUDE", "scores.EFFICIENCY");
        assertThat(api.as(User.HR).post(PERIODS + "/" + id + "/finalise", "").status()).isEqualTo(200);
        assertThat(api.as(User.MANAGER).post(PERIODS + "/" + id + "/scores", scores(User.STAFF, 50)).status())
                .isEqualTo(409);
    }
}
