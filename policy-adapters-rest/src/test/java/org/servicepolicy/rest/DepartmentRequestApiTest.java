package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests between departments, their answers and their sweep over HTTP (§2.2.1). */
class DepartmentRequestApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private String ask() {
        var asked = api.as(User.STAFF).post("/department-requests", """
                {"toDepartmentId": "ops", "subject": "Delivery date", "description": "When does order 7 ship?"}""");
        assertThat(asked.status()).isEqualTo(201);
        return asked.json().get("id").asText();
    }

    @Test
    @DisplayName("§2.2.1: an employee asks another department, answered with its Location, due time and who answers for it")
    void anEmployeeAsksAnotherDepartment() {
        var asked = api.as(User.STAFF).post("/department-requests", """
                {"toDepartmentId": "ops", "subject": "Delivery date", "description": "When does order 7 ship?"}""");

        assertThat(asked.status()).isEqualTo(201);
        var id = asked.json().get("id").asText();
        assertThat(asked.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/department-requests/"
                + id));
        assertThat(asked.json().get("responsibleId").asText()).isEqualTo(User.OPS_MANAGER.id());
        assertThat(asked.json().get("dueAt").asText()).isEqualTo(START.plus(Duration.ofDays(1)).toString());
        assertThat(asked.json().get("status").asText()).isEqualTo("OPEN");
        for (var reader : new User[] {User.MANAGER, User.OUTSIDER, User.OPS_MANAGER, User.SUPERVISOR, User.HR}) {
            assertThat(api.as(reader).get("/department-requests/" + id).json()).as(reader.name())
                    .isEqualTo(asked.json());
        }
        assertThat(api.as(User.PEER).get("/department-requests/" + id).status()).isEqualTo(404);
        assertThat(values(api.as(User.OUTSIDER).get("/department-requests").json(), "id")).containsExactly(id);
        assertThat(values(api.as(User.STAFF).get("/department-requests").json(), "id")).containsExactly(id);
        assertThat(api.as(User.PEER).get("/department-requests").json()).isEmpty();
    }

    @Test
    @DisplayName("§2.2.1: bad input is problem+json naming the field")
    void badInputNamesTheFields() {
        var own = api.as(User.STAFF).post("/department-requests", """
                {"toDepartmentId": "sales", "subject": "s", "description": "d"}""");
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.contentType()).contains("problem+json");
        assertThat(fields(own.json())).containsExactly("toDepartmentId");
        var blank = api.as(User.STAFF).post("/department-requests", """
                {"toDepartmentId": "ops", "addresseeId": "not an id", "subject": " "}""");
        assertThat(fields(blank.json())).containsExactly("addresseeId", "subject", "description");
        var notThere = api.as(User.STAFF).post("/department-requests", """
                {"toDepartmentId": "ops", "addresseeId": "emp-peer", "subject": "s", "description": "d"}""");
        assertThat(fields(notThere.json())).containsExactly("addresseeId");

        var id = ask();
        var emptyAnswer = api.as(User.OUTSIDER).post("/department-requests/" + id + "/answer", """
                {"text": " "}""");
        assertThat(emptyAnswer.status()).isEqualTo(422);
        assertThat(fields(emptyAnswer.json())).containsExactly("text");
    }

    @Test
    @DisplayName("§2.2.1, §1.3.3: a member answers, the requester returns it as unclear, then accepts the next answer")
    void answeredReturnedAndAccepted() {
        var id = ask();

        assertThat(api.as(User.STAFF).post("/department-requests/" + id + "/answer", """
                {"text": "self"}""").status()).isEqualTo(403);
        var answered = api.as(User.OUTSIDER).post("/department-requests/" + id + "/answer", """
                {"text": "Next week."}""");
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("findings")).isEmpty();
        assertThat(answered.json().at("/request/answeredById").asText()).isEqualTo(User.OUTSIDER.id());
        var returned = api.as(User.STAFF).post("/department-requests/" + id + "/return", """
                {"text": "Which day?"}""");
        assertThat(returned.json().get("status").asText()).isEqualTo("OPEN");
        assertThat(returned.json().get("returnReason").asText()).isEqualTo("Which day?");
        assertThat(api.as(User.STAFF).post("/department-requests/" + id + "/accept").status()).isEqualTo(409);
        api.as(User.OPS_MANAGER).post("/department-requests/" + id + "/answer", """
                {"text": "Tuesday."}""");
        assertThat(api.as(User.MANAGER).post("/department-requests/" + id + "/accept").status()).isEqualTo(403);
        var accepted = api.as(User.STAFF).post("/department-requests/" + id + "/accept");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    @DisplayName("§2.2.1: unanswered past due, the sweep makes one finding against the manager; a late answer adds none")
    void anUnansweredRequestIsTheSweepsFinding() {
        var id = ask();
        assertThat(api.as(User.STAFF).post("/department-requests/sweep").status()).isEqualTo(403);
        api.clock().advance(Duration.ofDays(1).plusMinutes(1));

        var swept = api.as(User.SUPERVISOR).post("/department-requests/sweep");

        assertThat(swept.status()).isEqualTo(200);
        assertThat(swept.json().get("markedRequestIds").get(0).asText()).isEqualTo(id);
        assertThat(values(swept.json().get("findings"), "standard")).containsExactly("CROSS_DEPARTMENT_REPLY");
        assertThat(values(swept.json().get("findings"), "employeeId")).containsExactly(User.OPS_MANAGER.id());
        assertThat(values(swept.json().get("findings"), "sourceId")).containsExactly(id);
        var late = api.as(User.OUTSIDER).post("/department-requests/" + id + "/answer", """
                {"text": "Sorry, next week."}""");
        assertThat(late.json().get("findings")).isEmpty();
        assertThat(api.as(User.HR).post("/department-requests/sweep").json().get("markedRequestIds")).isEmpty();
        assertThat(api.as(User.OPS_MANAGER).get("/employees/" + User.OPS_MANAGER.id() + "/service-findings").json())
                .hasSize(1);
    }
}
