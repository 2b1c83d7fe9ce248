package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Cycles.FEB_END;
import static org.servicepolicy.rest.Cycles.JAN;
import static org.servicepolicy.rest.Cycles.Q4;
import static org.servicepolicy.rest.Cycles.Q4_END;
import static org.servicepolicy.rest.Cycles.find;
import static org.servicepolicy.rest.Cycles.finalizedSales;
import static org.servicepolicy.rest.Payloads.absence;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Promotion eligibility over HTTP (§4.3.2). */
class PromotionEligibilityApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final String STAFF_ELIGIBILITY = "/employees/emp-staff/promotion-eligibility";

    @Test
    void withoutTwoFinalisedGradesAnEmployeeIsNotEligibleAndEachConditionSaysWhy() {
        var answer = api.as(User.STAFF).get(STAFF_ELIGIBILITY);

        assertThat(answer.status()).isEqualTo(200);
        var json = answer.json();
        assertThat(json.get("employeeId").asText()).isEqualTo(User.STAFF.id());
        assertThat(json.get("eligible").asBoolean()).isFalse();
        assertThat(json.get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(json.get("policyVersion").asText()).isEqualTo("standard");
        assertThat(json.get("asOf").asText()).isEqualTo(START.toString());
        var conditions = json.get("conditions");
        assertThat(values(conditions, "id")).containsExactly("recent-grades", "no-penalty-in-force", "time-at-level",
                "not-dismissed", "good-service", "training-current");
        // On post for years without a recurring programme: training is not current either.
        assertThat(values(conditions, "met")).containsExactly("false", "true", "true", "true", "true", "false");
        var grades = conditions.get(0).get("reason");
        assertThat(grades.get("clause").asText()).isEqualTo("§4.3.2");
        assertThat(grades.get("rule").asText()).isEqualTo("career.promotion.recent-grades");
        assertThat(grades.get("message").asText()).contains("has 0");
        assertThat(grades.at("/facts/met").asText()).isEqualTo("false");
    }

    @Test
    void twoGoodGradesInARowMakeAnEmployeeEligibleAndHrListsTheEligibleOfADepartment() {
        finalizedSales(api, "2025-q4", Q4, Q4_END);
        finalizedSales(api, "2026-jan-feb", JAN, FEB_END);
        passTheRecurringProgrammes(User.STAFF, User.PEER);

        var staff = api.as(User.STAFF).get(STAFF_ELIGIBILITY).json();
        assertThat(staff.get("eligible").asBoolean()).isTrue();
        assertThat(staff.get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(values(staff.get("conditions"), "met")).containsOnly("true");
        var temp = api.as(User.TEMP).get("/employees/emp-temp/promotion-eligibility").json();
        assertThat(temp.get("eligible").asBoolean()).isFalse();

        var eligible = api.as(User.HR).get("/departments/sales/promotion-eligible");

        assertThat(eligible.status()).isEqualTo(200);
        assertThat(values(eligible.json(), "employeeId")).containsExactlyInAnyOrder(User.STAFF.id(), User.PEER.id());
        assertThat(find(eligible.json(), "employeeId", User.PEER.id()).get("outcome").asText()).isEqualTo("ELIGIBLE");
    }

    /** {@code trainees} pass each recurring programme (§4.1.2, §4.2.2), so that their training is current. */
    private void passTheRecurringProgrammes(User... trainees) {
        var attendees = Arrays.stream(trainees).map(t -> "\"" + t.id() + "\"").collect(Collectors.joining(", "));
        for (var programme : List.of("PERIODIC_SERVICE", "RULES_REFRESHER")) {
            var session = api.as(User.HR).post("/training/sessions", """
                    {"programme": "%s", "startsAt": "%s", "outsideTrainer": "Outside trainer", "attendeeIds": [%s]}"""
                    .formatted(programme, api.clock().instant().plusSeconds(60), attendees)).json().get("id").asText();
            api.clock().advance(Duration.ofMinutes(2));
            for (var trainee : trainees) {
                api.as(User.HR).post("/training/sessions/" + session + "/attendance", """
                        {"employeeId": "%s", "attendance": "PRESENT"}""".formatted(trainee.id()));
                var scored = api.as(User.HR).post("/training/sessions/" + session + "/scores", """
                        {"employeeId": "%s", "score": 90}""".formatted(trainee.id()));
                assertThat(scored.json().at("/assessment/passed").asBoolean()).as(scored.toString()).isTrue();
            }
        }
    }

    @Test
    void aFineInForceBlocksPromotion() {
        api.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(7200), 10));
        var fine = api.as(User.HR).post("/violations", absence(User.STAFF, START.minusSeconds(3600), 1)).json();
        assertThat(fine.at("/penalty/step").asText()).isEqualTo("FINE");
        api.as(User.HR).post("/penalties/" + fine.at("/penalty/id").asText() + "/issue");

        var conditions = api.as(User.MANAGER).get(STAFF_ELIGIBILITY).json().get("conditions");

        var penalties = find(conditions, "id", "no-penalty-in-force");
        assertThat(penalties.get("met").asBoolean()).isFalse();
        assertThat(penalties.at("/reason/facts/penalties").asText()).isEqualTo(fine.at("/penalty/id").asText());
    }

    @Test
    void onlyHrListsTheEligibleOfADepartment() {
        for (var user : new User[]{User.MANAGER, User.STAFF, User.SUPERVISOR}) {
            assertThat(api.as(user).get("/departments/sales/promotion-eligible").status()).as(user.name())
                    .isEqualTo(403);
        }
        assertThat(api.as(User.HR).get("/departments/no-such-department/promotion-eligible").status()).isEqualTo(404);
    }

    @Test
    void hrRecordsTheEligibilityAsADecisionAnsweredWithItsLocation() {
        var recorded = api.as(User.HR).post(STAFF_ELIGIBILITY);

        assertThat(recorded.status()).isEqualTo(201);
        var decision = recorded.json();
        assertThat(recorded.location()).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/api/v1/decisions/" + decision.get("id").asText()));
        assertThat(decision.get("kind").asText()).isEqualTo("career.promotion-eligibility");
        assertThat(decision.get("subjectId").asText()).isEqualTo(User.STAFF.id());
        assertThat(decision.get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(decision.get("decidedBy").asText()).isEqualTo(User.HR.id());
        assertThat(values(decision.get("reasons"), "rule")).containsExactly("career.promotion.recent-grades",
                "career.promotion.penalties", "career.promotion.time-at-level", "career.promotion.employed",
                "career.promotion.good-service", "career.promotion.training-current", "career.promotion.eligibility");
        assertThat(api.as(User.STAFF).get("/decisions/" + decision.get("id").asText()).json()).isEqualTo(decision);
    }

    @Test
    void onlyHrRecordsTheEligibility() {
        for (var user : new User[]{User.MANAGER, User.STAFF}) {
            assertThat(api.as(user).post(STAFF_ELIGIBILITY).status()).as(user.name()).isEqualTo(403);
        }

        assertThat(api.as(User.HR).get("/employees/emp-staff/decisions").json()).isEmpty();
    }

    @Test
    void hrNeverRecordsTheirOwnEligibility() {
        var own = api.as(User.HR).post("/employees/emp-hr/promotion-eligibility");

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").asText()).contains("in their own case (§1.3.3)");
        assertThat(api.as(User.HR2).get("/employees/emp-hr/decisions").json()).isEmpty();
        assertThat(api.as(User.HR2).post("/employees/emp-hr/promotion-eligibility").status()).isEqualTo(201);
    }

    @Test
    void eligibilityIsSeenByTheEmployeeTheManagersOfTheirDepartmentAndHr() {
        for (var user : new User[]{User.STAFF, User.MANAGER, User.HR}) {
            assertThat(api.as(user).get(STAFF_ELIGIBILITY).status()).as(user.name()).isEqualTo(200);
        }
        for (var user : new User[]{User.PEER, User.OPS_MANAGER, User.SUPERVISOR}) {
            HiddenRecords.assertNotFound(api, user, STAFF_ELIGIBILITY, User.STAFF.id());
        }
        assertThat(api.as(User.HR).get("/employees/emp-nobody/promotion-eligibility").status()).isEqualTo(404);
        assertThat(api.as(User.HR).post("/employees/emp-nobody/promotion-eligibility").status()).isEqualTo(404);
    }
}
