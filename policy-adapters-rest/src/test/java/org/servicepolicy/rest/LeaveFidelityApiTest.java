package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.absence;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.Payloads.leave;
import static org.servicepolicy.rest.Payloads.reason;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 9 items 4, 5 and 8 over HTTP: leave covers the part of an absence it overlaps (§3.2.2), a
 * late emergency request is approved with a decision about notice (§3.2.2), and a demotion under
 * appeal does not make a violation "repeated and uncorrected" (§3.3.3).
 */
class LeaveFidelityApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    /** Monday 2 March 2026, 09:00 UTC: the first morning of a three-day absence. */
    private static final Instant MONDAY = START;
    private static final Instant TUESDAY = Instant.parse("2026-03-03T00:00:00Z");

    @Test
    @DisplayName("§3.2.2 item 4: leave approved for days two and three leaves day one recorded anew, naming the original")
    void leaveForTheLaterDaysRecordsTheFirstDayAnew() {
        api.clock().advance(Duration.ofDays(4));
        var absent = api.as(User.HR).post("/violations", absence(User.STAFF, MONDAY, 3)).json();
        assertThat(absent.at("/violation/severity").asText()).isEqualTo("GROSS");
        var leaveId = emergencyLeave(TUESDAY, TUESDAY.plus(Duration.ofDays(2)));

        var approved = api.as(User.HR).post("/leave-requests/" + leaveId + "/approve",
                "{\"emergencyPreventedNotice\": \"in intensive care\"}");

        assertThat(approved.status()).isEqualTo(200);
        var violations = violations();
        var originalId = absent.at("/violation/id").asText();
        var original = byId(violations, originalId);
        assertThat(original.at("/voided/reason").asText()).contains(leaveId).contains("2 of the 3 day(s)");
        var replacement = replacements(violations);
        assertThat(replacement).singleElement().satisfies(v -> {
            assertThat(v.get("replaces").asText()).isEqualTo(originalId);
            assertThat(v.get("days").asInt()).isEqualTo(1);
            assertThat(v.get("severity").asText()).isEqualTo("MODERATE");
            assertThat(v.get("occurredAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
        });
        var penalties = api.as(User.STAFF).get("/employees/emp-staff/penalties").json();
        // Both were proposed at the same instant, so their order is the ids'; pair each step with its status.
        var stepAndStatus = new ArrayList<String>();
        penalties.forEach(p -> stepAndStatus.add(p.get("step").asText() + " " + p.get("status").asText()));
        assertThat(stepAndStatus).containsExactlyInAnyOrder("DISMISSAL WITHDRAWN", "WARNING PROPOSED");
    }

    @Test
    @DisplayName("§3.2.2 item 4: an hour of approved leave on the first morning excuses none of a three-day absence")
    void anHourOfLeaveExcusesNothing() {
        api.clock().advance(Duration.ofDays(4));
        var absent = api.as(User.HR).post("/violations", absence(User.STAFF, MONDAY, 3)).json();
        var leaveId = emergencyLeave(MONDAY, MONDAY.plus(Duration.ofHours(1)));

        api.as(User.HR).post("/leave-requests/" + leaveId + "/approve",
                "{\"emergencyPreventedNotice\": \"stuck in a lift\"}");

        var original = byId(violations(), absent.at("/violation/id").asText());
        assertThat(original.has("voided")).isFalse();
        assertThat(api.as(User.HR).get("/penalties/" + absent.at("/penalty/id").asText()).json()
                .get("status").asText()).isEqualTo("PROPOSED");
    }

    @Test
    @DisplayName("§3.2.2 item 4: recording an absence whose second day is approved leave is refused, naming the leave")
    void anAbsencePartlyInsideApprovedLeaveIsRefused() {
        api.clock().advance(Duration.ofDays(4));
        var leaveId = emergencyLeave(TUESDAY, TUESDAY.plus(Duration.ofDays(1)));
        api.as(User.HR).post("/leave-requests/" + leaveId + "/approve", "{\"emergencyPreventedNotice\": \"fever\"}");

        var refused = api.as(User.HR).post("/violations", absence(User.STAFF, MONDAY, 3));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("rule").asText()).isEqualTo("discipline.leave.covers");
        assertThat(refused.json().get("clause").asText()).isEqualTo("§3.2.2");
        assertThat(refused.json().get("detail").asText()).contains(leaveId).contains("1 of the 3 day(s)");
        assertThat(violations()).isEmpty();
    }

    @Test
    @DisplayName("§3.2.2 item 5: approving an emergency request filed after its leave began records LEAVE_NOT_REQUESTED_IN_ADVANCE")
    void aLateEmergencyRequestApprovedWithoutAFindingIsAViolation() {
        api.clock().advance(Duration.ofDays(1));
        var leaveId = emergencyLeave(MONDAY, MONDAY.plus(Duration.ofHours(8)));

        var approved = api.as(User.HR).post("/leave-requests/" + leaveId + "/approve", "{\"note\": \"get well\"}");

        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        var violations = violations();
        assertThat(values(violations, "type")).containsExactly("LEAVE_NOT_REQUESTED_IN_ADVANCE");
        assertThat(violations.get(0).get("occurredAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(violations.get(0).get("clause").asText()).isEqualTo("§3.2.2");
        var penalty = api.as(User.STAFF).get("/employees/emp-staff/penalties").json().get(0);
        assertThat(penalty.get("step").asText()).isEqualTo("WARNING");
        var proposal = api.as(User.STAFF).get("/decisions/" + penalty.get("decisionId").asText()).json();
        assertThat(values(proposal.get("reasons"), "rule")).contains("discipline.leave.advance");
    }

    @Test
    @DisplayName("§3.2.2 item 5: HR's emergencyPreventedNotice approves a late emergency request without a violation")
    void aLateEmergencyRequestApprovedWithAFindingIsNoViolation() {
        api.clock().advance(Duration.ofDays(1));
        var leaveId = emergencyLeave(MONDAY, MONDAY.plus(Duration.ofHours(8)));

        var approved = api.as(User.HR).post("/leave-requests/" + leaveId + "/approve",
                "{\"emergencyPreventedNotice\": \"unconscious after a road accident\"}");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(violations()).isEmpty();
    }

    @Test
    @DisplayName("§3.2.2 item 5: emergencyPreventedNotice on a request filed in advance is refused naming the field")
    void aFindingOnARequestInAdvanceIsInvalid() {
        var leaveId = api.as(User.STAFF).post("/leave-requests", leave(User.STAFF, START.plus(Duration.ofDays(2)),
                START.plus(Duration.ofDays(3)), false, "wedding")).json().get("id").asText();

        var refused = api.as(User.HR).post("/leave-requests/" + leaveId + "/approve",
                "{\"emergencyPreventedNotice\": \"could not call\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused.json())).containsExactly("emergencyPreventedNotice");
        assertThat(api.as(User.HR).get("/leave-requests/" + leaveId).json().get("status").asText())
                .isEqualTo("REQUESTED");
    }

    @Test
    @DisplayName("§3.3.3 item 8: a violation while a demotion is under appeal takes its step from points, naming the appeal")
    void aDemotionUnderAppealDoesNotEscalateToDismissal() {
        api.as(User.HR).post("/violations", absence(User.STAFF, now().minusSeconds(3600), 2));
        var demotion = api.as(User.HR).post("/violations", absence(User.STAFF, now().minusSeconds(600), 1)).json();
        var demotionId = demotion.at("/penalty/id").asText();
        assertThat(demotion.at("/penalty/step").asText()).isEqualTo("DEMOTION");
        api.as(User.HR).post("/penalties/" + demotionId + "/issue");
        api.as(User.STAFF).post("/penalties/" + demotionId + "/appeal", reason("I was at the branch all day"));
        api.clock().advance(Duration.ofDays(2));

        var during = api.as(User.HR).post("/violations", lateArrival(User.STAFF, now().minusSeconds(600), 5)).json();

        assertThat(during.at("/penalty/step").asText()).isEqualTo("DEMOTION");
        var reasons = during.at("/decision/reasons");
        assertThat(values(reasons, "rule")).doesNotContain("discipline.ladder.repeated")
                .contains("discipline.ladder.repeated-pending-appeal");
        var pending = reasons.get(values(reasons, "rule").indexOf("discipline.ladder.repeated-pending-appeal"));
        assertThat(pending.get("clause").asText()).isEqualTo("§3.3.3");
        assertThat(pending.get("message").asText()).contains(demotionId);
        assertThat(pending.at("/facts/demotionPenalty").asText()).isEqualTo(demotionId);
    }

    private String emergencyLeave(Instant from, Instant to) {
        var requested = api.as(User.STAFF).post("/leave-requests", leave(User.STAFF, from, to, true, "hospital"));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(201);
        return requested.json().get("id").asText();
    }

    private JsonNode violations() {
        return api.as(User.HR).get("/employees/emp-staff/violations").json();
    }

    private static JsonNode byId(JsonNode list, String id) {
        for (var node : list) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    private static List<JsonNode> replacements(JsonNode list) {
        var found = new ArrayList<JsonNode>();
        list.forEach(v -> {
            if (v.hasNonNull("replaces")) {
                found.add(v);
            }
        });
        return found;
    }

    private Instant now() {
        return api.clock().instant();
    }
}
