package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** §1.2 over HTTP: HR changes an employee's terms, the record keeps every version, and a departure. */
class WorkingLifeApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    @Test
    @DisplayName("§1.2: a transfer is answered with the new version and kept in the history")
    void aTransferIsKeptInTheHistory() {
        api.clock().advance(Duration.ofDays(3));
        var changed = api.as(User.HR).post("/employees/emp-staff/changes", """
                {"departmentId": "ops", "supervisorId": "emp-opsmanager", "reason": "ops needs a hand"}""");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("departmentId").asText()).isEqualTo("ops");
        assertThat(changed.json().get("effectiveFrom").asText()).isEqualTo(api.clock().instant().toString());
        var history = api.as(User.HR).get("/employees/emp-staff/history").json();
        assertThat(values(history, "departmentId")).containsExactly("sales", "ops");
        assertThat(values(history, "version")).containsExactly("1", "2");
        var decisions = api.as(User.HR).get("/employees/emp-staff/decisions").json();
        assertThat(values(decisions, "kind")).contains("people.employment-change");
    }

    @Test
    @DisplayName("§1.2, §3.3.1: a cycle over a past period still assesses an employee transferred after it")
    void aCycleReadsTheRecordsAsTheyStoodAtItsEnd() {
        var cycle = Cycles.openSales(api, "q4", Cycles.Q4, Cycles.Q4_END);
        api.as(User.HR).post("/employees/emp-staff/changes", """
                {"departmentId": "ops", "supervisorId": "emp-opsmanager", "reason": "ops needs a hand"}""");

        var participants = api.as(User.HR).get("/assessment-cycles/" + cycle + "/participants");

        assertThat(participants.status()).isEqualTo(200);
        assertThat(PeopleApiTest.texts(participants.json())).contains(User.STAFF.id());
    }

    @Test
    @DisplayName("§1.2: a cycle in the reporting line and a future date are 422 naming the field; nothing changes")
    void badChangesAreProblemsNamingTheField() {
        var cycle = api.as(User.HR).post("/employees/emp-manager/changes", """
                {"supervisorId": "emp-staff", "reason": "reorganisation"}""");
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.contentType()).startsWith("application/problem+json");
        assertThat(cycle.json().get("field").asText()).isEqualTo("supervisorId");

        var future = api.as(User.HR).post("/employees/emp-staff/changes", """
                {"level": 4, "reason": "next year", "effectiveAt": "2099-01-01T00:00:00Z"}""");
        assertThat(future.status()).isEqualTo(422);
        assertThat(fields(future.json())).contains("effectiveAt");

        var own = api.as(User.HR).post("/employees/emp-hr/changes", """
                {"monthlyWage": 99999, "reason": "well deserved"}""");
        assertThat(own.status()).isEqualTo(403);
        var staff = api.as(User.STAFF).post("/employees/emp-staff/changes", """
                {"level": 9, "reason": "why not"}""");
        assertThat(staff.status()).isEqualTo(403);

        assertThat(api.as(User.HR).get("/employees/emp-staff/history").json()).hasSize(1);
        assertThat(api.as(User.HR).get("/employees/emp-manager/history").json()).hasSize(1);
    }

    @Test
    @DisplayName("§1.2: a departure withdraws the leaver's unfinished tasks and ends their access")
    void aDepartureWithdrawsTasksAndEndsAccess() {
        var tasks = new TaskSteps(api);
        var task = tasks.assign(User.MANAGER, User.STAFF, api.clock().instant().plus(Duration.ofDays(5)), "done");
        tasks.act(User.STAFF, task, "accept", null);

        var left = api.as(User.HR).post("/employees/emp-staff/departure", """
                {"reason": "RESIGNATION", "note": "moved abroad"}""");

        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.json().get("status").asText()).isEqualTo("LEFT");
        assertThat(tasks.status(task)).isEqualTo("WITHDRAWN");
        assertThat(api.as(User.STAFF).get("/me").status()).as("no longer an actor").isEqualTo(403);
        assertThat(api.as(User.MANAGER).get("/employees/emp-staff").json().get("status").asText()).isEqualTo("LEFT");

        var again = api.as(User.HR).post("/employees/emp-staff/departure", """
                {"reason": "RESIGNATION", "note": "twice"}""");
        assertThat(again.status()).isEqualTo(409);
        var unknownReason = api.as(User.HR).post("/employees/emp-peer/departure", """
                {"reason": "FIRED", "note": "no"}""");
        assertThat(unknownReason.status()).as("an unreadable body").isEqualTo(400);
        assertThat(fields(unknownReason.json())).containsExactly("reason");
    }

    @Test
    @DisplayName("§4.1.1: HR puts a new hire on post with a reason, once no programme due before post is left unpassed")
    void hrPutsANewHireOnPost() {
        var hired = api.as(User.HR).post("/employees", """
                {"id": "emp-new", "name": "New Hire", "category": "STAFF", "supervisorId": "emp-manager",
                 "departmentId": "sales", "level": 1, "hireDate": "2026-03-02", "status": "ONBOARDING"}""");
        assertThat(hired.status()).isEqualTo(201);
        var untrained = api.as(User.HR).post("/employees/emp-new/on-post", "{\"reason\": \"induction completed\"}");
        assertThat(untrained.status()).isEqualTo(422);
        assertThat(untrained.json().get("rule").asText()).isEqualTo("people.on-post.training");
        assertThat(untrained.json().get("detail").asText()).contains("NEW_HIRE_SERVICE", "NEW_HIRE_RULES");
        var published = api.as(User.HR).post("/policies", """
                {"version": "2026-no-induction", "effectiveFrom": "%s",
                 "settings": {"training.programme.NEW_HIRE_SERVICE.mandatoryBeforePost": "false",
                              "training.programme.NEW_HIRE_RULES.mandatoryBeforePost": "false"}}"""
                .formatted(api.clock().instant().plusSeconds(60)));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        api.clock().advance(Duration.ofMinutes(2));

        var posted = api.as(User.HR).post("/employees/emp-new/on-post", "{\"reason\": \"induction completed\"}");

        assertThat(posted.status()).as(posted.toString()).isEqualTo(200);
        assertThat(posted.json().get("status").asText()).isEqualTo("ON_POST");
        assertThat(api.as(User.HR).post("/employees/emp-new/on-post", "{\"reason\": \"again\"}").status())
                .isEqualTo(409);
        assertThat(api.as(User.MANAGER).post("/employees/emp-new/on-post", "{\"reason\": \"me\"}").status())
                .isEqualTo(403);
    }
}
