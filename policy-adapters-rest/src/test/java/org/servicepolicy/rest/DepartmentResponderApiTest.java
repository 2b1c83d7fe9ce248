package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The responders departments name on the internal platform, and the requests that go to them, over HTTP (§5.1.1, §2.2.1). */
class DepartmentResponderApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private RestFixture.Answer name(User user, String department, String json) {
        return api.as(user).send("PUT", "/department-responders/" + department, "application/json", json);
    }

    @Test
    @DisplayName("§5.1.1: the department's manager names its responders, by id; all staff read them")
    void theManagerNamesRespondersAllStaffReadThem() {
        assertThat(api.as(User.STAFF).get("/department-responders/ops").status()).isEqualTo(404);

        var named = name(User.OPS_MANAGER, "ops", """
                {"employeeIds": ["emp-supervisor", "emp-outsider"]}""");

        assertThat(named.status()).isEqualTo(200);
        assertThat(named.json().get("responderIds")).extracting(n -> n.asText())
                .containsExactly(User.OUTSIDER.id(), User.SUPERVISOR.id());
        assertThat(named.json().get("namedById").asText()).isEqualTo(User.OPS_MANAGER.id());
        for (var reader : new User[] {User.STAFF, User.TEMP, User.JUNIOR, User.HR}) {
            assertThat(api.as(reader).get("/department-responders/ops").json()).as(reader.name())
                    .isEqualTo(named.json());
        }
        assertThat(values(api.as(User.PEER).get("/department-responders").json(), "departmentId"))
                .containsExactly("ops");
        var none = name(User.HR, "ops", """
                {"employeeIds": []}""");
        assertThat(none.json().get("responderIds")).isEmpty();
        assertThat(none.json().get("version").asLong()).isEqualTo(named.json().get("version").asLong() + 1);
    }

    @Test
    @DisplayName("§5.1.1, §1.3.3: nobody else names them, nobody names themself; bad input names the field")
    void whoMayNotNameAndBadInput() {
        assertThat(name(User.OUTSIDER, "ops", """
                {"employeeIds": ["emp-supervisor"]}""").status()).isEqualTo(403);
        assertThat(name(User.MANAGER, "ops", """
                {"employeeIds": ["emp-supervisor"]}""").status()).isEqualTo(403);
        var self = name(User.OPS_MANAGER, "ops", """
                {"employeeIds": ["emp-opsmanager"]}""");
        assertThat(self.status()).isEqualTo(403);
        assertThat(self.contentType()).contains("problem+json");
        var missing = name(User.OPS_MANAGER, "ops", "{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(fields(missing.json())).containsExactly("employeeIds");
        var malformed = name(User.OPS_MANAGER, "ops", """
                {"employeeIds": ["emp-outsider", "not an id"]}""");
        assertThat(fields(malformed.json())).containsExactly("employeeIds[1]");
        var otherDepartment = name(User.OPS_MANAGER, "ops", """
                {"employeeIds": ["emp-staff"]}""");
        assertThat(otherDepartment.status()).isEqualTo(422);
        assertThat(fields(otherDepartment.json())).containsExactly("employeeIds[0]");
        assertThat(name(User.HR, "nowhere", """
                {"employeeIds": []}""").status()).isEqualTo(404);
        assertThat(api.as(User.HR).get("/department-responders").json()).isEmpty();
    }

    @Test
    @DisplayName("§5.1.1, §2.2.1: a request to the department naming nobody goes to its first responder, else its manager")
    void aRequestNamingNobodyGoesToTheFirstResponder() {
        var beforeNaming = api.as(User.STAFF).post("/department-requests", """
                {"toDepartmentId": "ops", "subject": "Delivery date", "description": "When does order 7 ship?"}""");
        assertThat(beforeNaming.json().get("responsibleId").asText()).isEqualTo(User.OPS_MANAGER.id());
        name(User.OPS_MANAGER, "ops", """
                {"employeeIds": ["emp-supervisor", "emp-outsider"]}""");

        var asked = api.as(User.STAFF).post("/department-requests", """
                {"toDepartmentId": "ops", "subject": "Invoice", "description": "Where is invoice 12?"}""");

        assertThat(asked.status()).isEqualTo(201);
        assertThat(asked.json().get("responsibleId").asText()).isEqualTo(User.OUTSIDER.id());
        var named = api.as(User.STAFF).post("/department-requests", """
                {"toDepartmentId": "ops", "addresseeId": "emp-supervisor", "subject": "Audit",
                 "description": "When is the next audit?"}""");
        assertThat(named.json().get("responsibleId").asText()).isEqualTo(User.SUPERVISOR.id());
    }
}
