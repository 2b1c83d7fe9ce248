package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.texts;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Development plans, their agreement and their progress over HTTP (§4.3.1). */
class DevelopmentPlanApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final String PLAN = """
            {"employeeId": "emp-staff", "goals": ["Lead the service desk", "Coach two new hires"],
             "targetLevel": 4, "programmes": ["PERIODIC_SERVICE", "RULES_REFRESHER"]}""";

    @Test
    @DisplayName("§4.3.1, §1.3.3: a superior proposes the plan, never their own; the employee, their superiors and HR read it")
    void aSuperiorProposesAndThoseConcernedReadIt() {
        assertThat(api.as(User.STAFF).post("/development-plans", PLAN).status()).as("their own").isEqualTo(403);
        assertThat(api.as(User.PEER).post("/development-plans", PLAN).status()).as("no superior, may not read them")
                .isEqualTo(404);

        var proposed = api.as(User.MANAGER).post("/development-plans", PLAN);

        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        var id = proposed.json().get("id").asText();
        assertThat(proposed.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/development-plans/"
                + id));
        assertThat(proposed.json().get("proposedById").asText()).isEqualTo(User.MANAGER.id());
        assertThat(proposed.json().get("status").asText()).isEqualTo("PROPOSED");
        assertThat(texts(proposed.json().get("goals"))).containsExactly("Lead the service desk",
                "Coach two new hires");
        assertThat(texts(proposed.json().get("programmes"))).containsExactly("PERIODIC_SERVICE", "RULES_REFRESHER");
        for (var reader : new User[] {User.STAFF, User.MANAGER, User.HR}) {
            assertThat(api.as(reader).get("/development-plans/" + id).json()).as(reader.name())
                    .isEqualTo(proposed.json());
        }
        for (var stranger : new User[] {User.PEER, User.OUTSIDER}) {
            assertThat(api.as(stranger).get("/development-plans/" + id).status()).as(stranger.name()).isEqualTo(404);
            assertThat(api.as(stranger).get("/development-plans/" + id + "/progress").status()).isEqualTo(404);
            assertThat(api.as(stranger).get("/employees/emp-staff/development-plans").status()).isEqualTo(404);
        }
        assertThat(values(api.as(User.STAFF).get("/employees/emp-staff/development-plans").json(), "id"))
                .containsExactly(id);
    }

    @Test
    @DisplayName("§4.3.1: bad input is problem+json naming each field")
    void badInputNamesTheFields() {
        var bad = api.as(User.MANAGER).post("/development-plans", """
                {"employeeId": "emp-staff", "goals": [], "programmes": ["not a programme"]}""");

        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.contentType()).contains("problem+json");
        assertThat(fields(bad.json())).contains("goals", "programmes");
        assertThat(api.as(User.MANAGER).get("/employees/emp-staff/development-plans").json()).isEmpty();
    }

    @Test
    @DisplayName("§4.3.1: only the employee agrees; agreed, its progress counts the listed programmes they completed")
    void theEmployeeAgreesAndProgressCountsCompletions() {
        var id = api.as(User.MANAGER).post("/development-plans", PLAN).json().get("id").asText();
        assertThat(api.as(User.MANAGER).post("/development-plans/" + id + "/agree").status()).isEqualTo(403);
        assertThat(api.as(User.HR).post("/development-plans/" + id + "/agree").status()).isEqualTo(403);

        var agreed = api.as(User.STAFF).post("/development-plans/" + id + "/agree");

        assertThat(agreed.status()).isEqualTo(200);
        assertThat(agreed.json().get("status").asText()).isEqualTo("AGREED");
        assertThat(agreed.json().get("agreedAt").asText()).isEqualTo(START.toString());
        assertThat(api.as(User.STAFF).post("/development-plans/" + id + "/agree").status()).isEqualTo(409);
        api.passTraining(User.STAFF.id(), "RULES_REFRESHER");
        var progress = api.as(User.MANAGER).get("/development-plans/" + id + "/progress");
        assertThat(progress.status()).isEqualTo(200);
        assertThat(texts(progress.json().get("completed"))).containsExactly("RULES_REFRESHER");
        assertThat(texts(progress.json().get("outstanding"))).containsExactly("PERIODIC_SERVICE");
        assertThat(progress.json().get("share").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(progress.json().at("/plan/id").asText()).isEqualTo(id);
    }
}
