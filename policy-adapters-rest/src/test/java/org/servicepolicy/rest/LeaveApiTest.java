package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.absence;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.Payloads.leave;
import static org.servicepolicy.rest.Payloads.reason;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Leave requests over HTTP and how approved leave excuses lateness and absence (§3.2.2). */
class LeaveApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final Instant DAY_AFTER_TOMORROW = Instant.parse("2026-03-04T00:00:00Z");
    private static final Instant THREE_DAYS_ON = Instant.parse("2026-03-05T00:00:00Z");

    @Test
    void staffRequestLeaveInAdvanceAnsweredWithItsLocation() {
        var requested = api.as(User.STAFF).post("/leave-requests",
                leave(User.STAFF, DAY_AFTER_TOMORROW, THREE_DAYS_ON, false, "family visit"));

        assertThat(requested.status()).isEqualTo(201);
        var json = requested.json();
        assertThat(json.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(json.get("startsAt").asText()).isEqualTo("2026-03-04T00:00:00Z");
        assertThat(json.get("requestedBy").asText()).isEqualTo(User.STAFF.id());
        assertThat(requested.location()).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/api/v1/leave-requests/" + json.get("id").asText()));
        assertThat(api.as(User.MANAGER).get("/leave-requests/" + json.get("id").asText()).json()).isEqualTo(json);
    }

    @Test
    void leaveWithLessThanTheNoticeIsRefusedCitingTheClauseAndNotStored() {
        var refused = api.as(User.STAFF).post("/leave-requests",
                leave(User.STAFF, START.plus(Duration.ofHours(23)), THREE_DAYS_ON, false, "short notice"));

        assertThat(refused.status()).isEqualTo(422);
        var problem = refused.json();
        assertThat(problem.get("type").asText()).isEqualTo("https://servicepolicy.org/problems/policy-refusal");
        assertThat(problem.get("clause").asText()).isEqualTo("§3.2.2");
        assertThat(problem.get("rule").asText()).isEqualTo("discipline.leave.notice");
        assertThat(problem.get("field").asText()).isEqualTo("startsAt");
        assertThat(api.as(User.STAFF).get("/employees/emp-staff/leave-requests").json()).isEmpty();
    }

    @Test
    void leaveEndingBeforeItStartsIsInvalidAndNotStored() {
        var refused = api.as(User.STAFF).post("/leave-requests",
                leave(User.STAFF, THREE_DAYS_ON, DAY_AFTER_TOMORROW, false, "backwards"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused.json())).containsExactly("endsAt");
        assertThat(api.as(User.STAFF).get("/employees/emp-staff/leave-requests").json()).isEmpty();
    }

    @Test
    void staffMayNotRequestLeaveForAColleague() {
        var body = leave(User.STAFF, DAY_AFTER_TOMORROW, THREE_DAYS_ON, false, "on their behalf");

        var refused = HiddenRecords.assertAnsweredAsMissing(api, User.PEER, "POST", "/leave-requests", body,
                User.STAFF.id());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/invalid-input");
        assertThat(fields(refused.json())).containsExactly("employeeId");
        assertThat(refused.json().at("/errors/0/message").asText()).isEqualTo("no such employee: " + User.STAFF.id());
        var supervisor = api.as(User.SUPERVISOR).post("/leave-requests", body);
        assertThat(supervisor.status()).isEqualTo(403);
        assertThat(supervisor.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/access-denied");
        assertThat(api.as(User.STAFF).get("/employees/emp-staff/leave-requests").json()).isEmpty();
    }

    @Test
    void theDepartmentManagerApprovesLeaveWithAnOptionalNote() {
        var first = requestLeave(User.STAFF, DAY_AFTER_TOMORROW, THREE_DAYS_ON);
        var second = requestLeave(User.PEER, DAY_AFTER_TOMORROW, THREE_DAYS_ON);

        var approved = api.as(User.MANAGER).post("/leave-requests/" + first + "/approve", "{\"note\": \"enjoy\"}");
        var withoutBody = api.as(User.MANAGER).post("/leave-requests/" + second + "/approve");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decisionNote").asText()).isEqualTo("enjoy");
        assertThat(approved.json().get("decidedBy").asText()).isEqualTo(User.MANAGER.id());
        assertThat(withoutBody.status()).isEqualTo(200);
        assertThat(withoutBody.json().has("decisionNote")).isFalse();
    }

    @Test
    void nobodyButTheDepartmentManagerOrHrDecidesLeaveAndNobodyTheirOwn() {
        var id = requestLeave(User.STAFF, DAY_AFTER_TOMORROW, THREE_DAYS_ON);

        var own = api.as(User.STAFF).post("/leave-requests/" + id + "/approve");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").asText()).contains("in their own case (§1.3.3)");
        assertThat(api.as(User.SUPERVISOR).post("/leave-requests/" + id + "/approve").status()).isEqualTo(403);
        for (var user : new User[]{User.PEER, User.OPS_MANAGER}) {
            HiddenRecords.assertNotFound(api, user, "/leave-requests/" + id + "/approve", null, id);
        }
        assertThat(status(id)).isEqualTo("REQUESTED");
        assertThat(api.as(User.HR).post("/leave-requests/" + id + "/approve").status()).isEqualTo(200);
    }

    @Test
    void aRejectionNeedsAReason() {
        var id = requestLeave(User.STAFF, DAY_AFTER_TOMORROW, THREE_DAYS_ON);

        var blank = api.as(User.MANAGER).post("/leave-requests/" + id + "/reject", "{}");
        assertThat(blank.status()).isEqualTo(422);
        assertThat(fields(blank.json())).containsExactly("reason");
        assertThat(status(id)).isEqualTo("REQUESTED");

        var rejected = api.as(User.MANAGER).post("/leave-requests/" + id + "/reject", reason("quarter-end closing"));
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("decisionNote").asText()).isEqualTo("quarter-end closing");
    }

    @Test
    void decidingLeaveTwiceIsAnIllegalTransition() {
        var id = requestLeave(User.STAFF, DAY_AFTER_TOMORROW, THREE_DAYS_ON);
        api.as(User.MANAGER).post("/leave-requests/" + id + "/approve");

        var again = api.as(User.HR).post("/leave-requests/" + id + "/reject", reason("changed my mind"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/illegal-transition");
        assertThat(status(id)).isEqualTo("APPROVED");
    }

    @Test
    void anApprovalNoteLongerThanTheLimitIsInvalid() {
        var id = requestLeave(User.STAFF, DAY_AFTER_TOMORROW, THREE_DAYS_ON);

        var tooLong = api.as(User.MANAGER).post("/leave-requests/" + id + "/approve",
                "{\"note\": \"" + "x".repeat(2001) + "\"}");

        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(fields(tooLong.json())).containsExactly("note");
        assertThat(tooLong.json().at("/errors/0/message").asText()).isEqualTo("must be at most 2000 characters");
        assertThat(status(id)).isEqualTo("REQUESTED");
    }

    @Test
    void emergencyLeaveAfterTheFactNeedsAReasonAndIsApprovedByHrOnly() {
        var yesterday = START.minus(Duration.ofDays(1));
        var withoutReason = api.as(User.STAFF).post("/leave-requests", leave(User.STAFF, yesterday, START, true, null));
        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(fields(withoutReason.json())).containsExactly("reason");

        var id = api.as(User.STAFF).post("/leave-requests", leave(User.STAFF, yesterday, START, true, "hospital"))
                .json().get("id").asText();
        var byManager = api.as(User.MANAGER).post("/leave-requests/" + id + "/approve");
        assertThat(byManager.status()).isEqualTo(403);
        assertThat(byManager.json().get("detail").asText()).contains("HR");
        assertThat(status(id)).isEqualTo("REQUESTED");

        assertThat(api.as(User.HR).post("/leave-requests/" + id + "/approve").json().get("status").asText())
                .isEqualTo("APPROVED");
    }

    @Test
    void aViolationInsideApprovedLeaveIsRefusedNamingTheLeaveAndTheClause() {
        var id = requestLeave(User.STAFF, DAY_AFTER_TOMORROW, THREE_DAYS_ON);
        api.as(User.MANAGER).post("/leave-requests/" + id + "/approve");
        api.clock().advance(Duration.ofDays(2).plusHours(1));

        var refused = api.as(User.MANAGER).post("/violations",
                lateArrival(User.STAFF, DAY_AFTER_TOMORROW.plus(Duration.ofHours(9)), 20));

        assertThat(refused.status()).isEqualTo(422);
        var problem = refused.json();
        assertThat(problem.get("type").asText()).isEqualTo("https://servicepolicy.org/problems/policy-refusal");
        assertThat(problem.get("clause").asText()).isEqualTo("§3.2.2");
        assertThat(problem.get("rule").asText()).isEqualTo("discipline.leave.covers");
        assertThat(problem.get("field").asText()).isEqualTo("occurredAt");
        assertThat(problem.get("detail").asText()).contains(id);
        assertThat(api.as(User.HR).get("/employees/emp-staff/violations").json()).isEmpty();
        assertThat(api.as(User.HR).get("/employees/emp-staff/penalties").json()).isEmpty();
    }

    @Test
    void approvingLeaveLaterVoidsTheViolationsItCoversAndWithdrawsOrRevokesTheirPenalties() {
        var absent = api.as(User.MANAGER).post("/violations", absence(User.STAFF, START.minus(Duration.ofHours(8)), 1))
                .json();
        var late = api.as(User.MANAGER).post("/violations", lateArrival(User.STAFF, START.minusSeconds(600), 10))
                .json();
        api.as(User.MANAGER).post("/penalties/" + absent.at("/penalty/id").asText() + "/issue");
        var leaveId = api.as(User.STAFF).post("/leave-requests",
                        leave(User.STAFF, START.minus(Duration.ofHours(9)), START.plus(Duration.ofHours(8)), true, "flu"))
                .json().get("id").asText();

        assertThat(api.as(User.HR).post("/leave-requests/" + leaveId + "/approve",
                "{\"emergencyPreventedNotice\": \"too ill to call\"}").status()).isEqualTo(200);

        var violations = api.as(User.STAFF).get("/employees/emp-staff/violations").json();
        assertThat(violations).hasSize(2).allSatisfy(v ->
                assertThat(v.at("/voided/reason").asText()).contains(leaveId).contains("§3.2.2"));
        assertThat(penaltyStatus(absent.at("/penalty/id").asText())).isEqualTo("REVOKED");
        assertThat(penaltyStatus(late.at("/penalty/id").asText())).isEqualTo("WITHDRAWN");
    }

    @Test
    void leaveRequestsAreListedForThoseWhoMaySeeTheEmployee() {
        var id = requestLeave(User.STAFF, DAY_AFTER_TOMORROW, THREE_DAYS_ON);

        assertThat(values(api.as(User.STAFF).get("/employees/emp-staff/leave-requests").json(), "id")).containsExactly(id);
        assertThat(values(api.as(User.MANAGER).get("/employees/emp-staff/leave-requests").json(), "id")).containsExactly(id);
        HiddenRecords.assertNotFound(api, User.PEER, "/employees/emp-staff/leave-requests", User.STAFF.id());
        HiddenRecords.assertNotFound(api, User.PEER, "/leave-requests/" + id, id);
        assertThat(api.as(User.HR).get("/leave-requests/no-such-request").status()).isEqualTo(404);
    }

    private String requestLeave(User employee, Instant startsAt, Instant endsAt) {
        var requested = api.as(employee).post("/leave-requests", leave(employee, startsAt, endsAt, false, "holiday"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        return requested.json().get("id").asText();
    }

    private String penaltyStatus(String penaltyId) {
        return api.as(User.STAFF).get("/penalties/" + penaltyId).json().get("status").asText();
    }

    private String status(String leaveId) {
        return api.as(User.HR).get("/leave-requests/" + leaveId).json().get("status").asText();
    }
}
