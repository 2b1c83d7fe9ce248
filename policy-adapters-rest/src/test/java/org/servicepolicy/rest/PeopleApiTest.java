package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /me}, {@code /departments} and {@code /employees} over HTTP (§1.2). */
class PeopleApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final String NEW_HIRE = """
            {"id": "emp-new", "name": "New Hire", "category": "STAFF", "supervisorId": "emp-manager",
             "departmentId": "sales", "level": 2, "hireDate": "2026-03-02", "status": "ONBOARDING",
             "monthlyWage": 5000, "grantedRoles": []}""";

    @Test
    void meAnswersTheCallersRecordAndRoles() {
        var me = api.as(User.MANAGER).get("/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.contentType()).startsWith("application/json");
        var json = me.json();
        assertThat(json.at("/employee/id").asText()).isEqualTo(User.MANAGER.id());
        assertThat(json.at("/employee/departmentId").asText()).isEqualTo("sales");
        assertThat(json.at("/employee/category").asText()).isEqualTo("MANAGER");
        assertThat(json.at("/employee/hireDate").asText()).isEqualTo("2020-01-06");
        assertThat(json.at("/employee/monthlyWage/amount").decimalValue()).isEqualByComparingTo("6000");
        assertThat(json.at("/employee/monthlyWage/currency").asText()).isEqualTo("CNY");
        assertThat(texts(json.get("roles"))).containsExactly("MANAGER", "EMPLOYEE");
    }

    @Test
    void meShowsTheRolesGrantedBeyondTheCategory() {
        assertThat(texts(api.as(User.HR).get("/me").json().get("roles"))).containsExactly("HR", "EMPLOYEE");
        assertThat(texts(api.as(User.SUPERVISOR).get("/me").json().get("roles")))
                .containsExactly("SUPERVISION_GROUP", "EMPLOYEE");
        assertThat(texts(api.as(User.STAFF).get("/me").json().get("roles"))).containsExactly("EMPLOYEE");
    }

    @Test
    void anyEmployeeListsTheDepartments() {
        var departments = api.as(User.STAFF).get("/departments");

        assertThat(departments.status()).isEqualTo(200);
        assertThat(values(departments.json(), "id")).containsExactly("ops", "people", "sales");
        assertThat(values(departments.json(), "name")).containsExactly("Ops", "People", "Sales");
    }

    @Test
    void hrCreatesADepartmentAnsweredWithItsLocation() {
        var created = api.as(User.HR).post("/departments", "{\"id\": \"finance\", \"name\": \"Finance\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("id").asText()).isEqualTo("finance");
        assertThat(created.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/departments/finance"));
        assertThat(api.as(User.STAFF).get("/departments/finance").json().get("name").asText()).isEqualTo("Finance");
    }

    @Test
    void onlyHrCreatesDepartmentsAndARefusalStoresNothing() {
        var refused = api.as(User.MANAGER).post("/departments", "{\"id\": \"finance\", \"name\": \"Finance\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/access-denied");
        assertThat(api.as(User.HR).get("/departments/finance").status()).isEqualTo(404);
    }

    @Test
    void aDepartmentIdTakenAlreadyIsADuplicateConflict() {
        var duplicate = api.as(User.HR).post("/departments", "{\"id\": \"sales\", \"name\": \"Sales again\"}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/duplicate");
        assertThat(api.as(User.HR).get("/departments/sales").json().get("name").asText()).isEqualTo("Sales");
    }

    @Test
    void aDepartmentWithoutANameIsInvalidAndNotStored() {
        var invalid = api.as(User.HR).post("/departments", "{\"id\": \"finance\"}");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("name");
        assertThat(values(api.as(User.HR).get("/departments").json(), "id")).doesNotContain("finance");
    }

    @Test
    void hrHiresAnEmployeeAnsweredWithTheRecordAndItsLocation() {
        var hired = api.as(User.HR).post("/employees", NEW_HIRE);

        assertThat(hired.status()).isEqualTo(201);
        assertThat(hired.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/employees/emp-new"));
        var json = hired.json();
        assertThat(json.get("status").asText()).isEqualTo("ONBOARDING");
        assertThat(json.get("supervisorId").asText()).isEqualTo(User.MANAGER.id());
        assertThat(json.get("version").asLong()).isEqualTo(1);
        assertThat(api.as(User.MANAGER).get("/employees/emp-new").json().get("name").asText()).isEqualTo("New Hire");
    }

    @Test
    void hiringListsEveryProblemAtOnceAndStoresNothing() {
        var invalid = api.as(User.HR).post("/employees", "{\"id\": \"emp-new\", \"level\": 0}");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.contentType()).isEqualTo("application/problem+json");
        assertThat(invalid.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/invalid-input");
        assertThat(fields(invalid.json())).contains("name", "category", "departmentId", "hireDate", "level");
        assertThat(api.as(User.HR).get("/employees/emp-new").status()).isEqualTo(404);
    }

    @Test
    void hiringIntoADepartmentThatDoesNotExistNamesTheField() {
        var invalid = api.as(User.HR).post("/employees", NEW_HIRE.replace("\"sales\"", "\"nowhere\""));

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(fields(invalid.json())).containsExactly("departmentId");
        assertThat(api.as(User.HR).get("/employees/emp-new").status()).isEqualTo(404);
    }

    @Test
    void aWrongCategoryNamesTheFieldAndTheAllowedValues() {
        var invalid = api.as(User.HR).post("/employees", NEW_HIRE.replace("\"STAFF\"", "\"INTERN\""));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid.json())).containsExactly("category");
        assertThat(invalid.json().at("/errors/0/message").asText()).contains("MANAGER, STAFF, TEMPORARY");
        assertThat(api.as(User.HR).get("/employees/emp-new").status()).isEqualTo(404);
    }

    @Test
    void aManagerMayNotHire() {
        assertThat(api.as(User.MANAGER).post("/employees", NEW_HIRE).status()).isEqualTo(403);
        assertThat(api.as(User.HR).get("/employees/emp-new").status()).isEqualTo(404);
    }

    @Test
    void staffSeeOnlyThemselvesInTheEmployeeList() {
        assertThat(values(api.as(User.STAFF).get("/employees").json(), "id")).containsExactly(User.STAFF.id());
    }

    @Test
    void aManagerSeesTheirDepartmentInTheEmployeeList() {
        assertThat(values(api.as(User.MANAGER).get("/employees").json(), "id"))
                .containsExactlyInAnyOrder(User.MANAGER.id(), User.STAFF.id(), User.PEER.id(), User.TEMP.id());
    }

    @Test
    void hrSeesEveryoneInTheEmployeeList() {
        assertThat(values(api.as(User.HR).get("/employees").json(), "id")).hasSize(User.values().length - 1);
    }

    @Test
    void staffReadTheirOwnRecordButNotAColleagues() {
        assertThat(api.as(User.STAFF).get("/employees/" + User.STAFF.id()).status()).isEqualTo(200);

        var hidden = HiddenRecords.assertNotFound(api, User.STAFF, "/employees/" + User.PEER.id(), User.PEER.id());
        assertThat(hidden.json().get("detail").asText()).isEqualTo("employee " + User.PEER.id() + " not found");
    }

    @Test
    void aManagerReadsTheirDepartmentButNotAnother() {
        assertThat(api.as(User.MANAGER).get("/employees/" + User.STAFF.id()).status()).isEqualTo(200);
        HiddenRecords.assertNotFound(api, User.MANAGER, "/employees/" + User.OUTSIDER.id(), User.OUTSIDER.id());
    }

    @Test
    void hrReadsAnyone() {
        assertThat(api.as(User.HR).get("/employees/" + User.OUTSIDER.id()).status()).isEqualTo(200);
        assertThat(api.as(User.HR).get("/employees/" + User.STAFF.id()).status()).isEqualTo(200);
    }

    @Test
    void anEmployeeThatDoesNotExistIsNotFound() {
        var missing = api.as(User.HR).get("/employees/emp-nobody");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/not-found");
        assertThat(api.as(User.HR).get("/employees/not%20an%20id").status()).isEqualTo(404);
    }

    static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    static List<String> values(JsonNode array, String member) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get(member).asText()).toList();
    }

    static List<String> fields(JsonNode problem) {
        return values(problem.get("errors"), "field");
    }
}
