package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.absence;
import static org.servicepolicy.rest.Payloads.appealDecision;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.Payloads.reason;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.values;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The penalty lifecycle and the progressive ladder over HTTP (§3.3.3). */
class PenaltyApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    @Test
    void fourViolationsClimbTheLadderFromWarningToDismissalCitingTheClause() {
        var warning = recordAndCheck(User.MANAGER, lateArrival(User.STAFF, now().minusSeconds(1200), 20), "WARNING", 1);
        assertThat(issue(User.MANAGER, warning).json().get("status").asText()).isEqualTo("ISSUED");

        api.clock().advance(Duration.ofDays(1));
        var fine = recordAndCheck(User.MANAGER, absence(User.STAFF, now().minusSeconds(3600), 1), "FINE", 3);
        assertThat(fine.at("/penalty/fine/amount").decimalValue()).isEqualByComparingTo("200");
        assertThat(issue(User.MANAGER, fine).status()).isEqualTo(200);

        api.clock().advance(Duration.ofDays(1));
        var demotion = recordAndCheck(User.MANAGER, absence(User.STAFF, now().minusSeconds(3600), 2), "DEMOTION", 7);
        assertThat(issue(User.MANAGER, demotion).status()).isEqualTo(403);
        var demoted = issue(User.HR, demotion).json();
        assertThat(demoted.get("status").asText()).isEqualTo("ISSUED");
        assertThat(demoted.get("levelBefore").asInt()).isEqualTo(3);
        assertThat(api.as(User.HR).get("/employees/emp-staff").json().get("level").asInt()).isEqualTo(2);

        api.clock().advance(Duration.ofDays(1));
        var dismissal = recordAndCheck(User.MANAGER, lateArrival(User.STAFF, now().minusSeconds(600), 10), "DISMISSAL", 8);
        var dismissed = issue(User.HR, dismissal).json();
        assertThat(dismissed.get("statusBefore").asText()).isEqualTo("ON_POST");

        var employee = api.as(User.HR).get("/employees/emp-staff").json();
        assertThat(employee.get("status").asText()).isEqualTo("DISMISSED");
        assertThat(employee.get("level").asInt()).isEqualTo(2);
        var penalties = api.as(User.STAFF).get("/employees/emp-staff/penalties").json();
        assertThat(values(penalties, "step")).containsExactly("WARNING", "FINE", "DEMOTION", "DISMISSAL");
        assertThat(values(penalties, "status")).containsOnly("ISSUED");
        var counted = api.as(User.STAFF).get("/decisions/" + dismissal.at("/decision/id").asText()).json()
                .at("/reasons/1/facts/counted").asText();
        assertThat(counted).contains(warning.at("/violation/id").asText(), fine.at("/violation/id").asText(),
                demotion.at("/violation/id").asText());
    }

    @Test
    void aViolationWhileDemotedEarnsDismissalAsRepeatedAndUncorrected() {
        recordAndCheck(User.HR, absence(User.STAFF, now().minusSeconds(3600), 2), "FINE", 4);
        var demotion = recordAndCheck(User.HR, absence(User.STAFF, now().minusSeconds(600), 1), "DEMOTION", 6);
        issue(User.HR, demotion);

        api.clock().advance(Duration.ofDays(2));
        var repeated = api.as(User.HR).post("/violations", lateArrival(User.STAFF, now().minusSeconds(600), 5)).json();

        assertThat(repeated.at("/penalty/step").asText()).isEqualTo("DISMISSAL");
        var reasons = repeated.at("/decision/reasons");
        assertThat(values(reasons, "rule")).contains("discipline.ladder.repeated");
        var repeatedReason = reasons.get(values(reasons, "rule").indexOf("discipline.ladder.repeated"));
        assertThat(repeatedReason.get("clause").asText()).isEqualTo("§3.3.3");
        assertThat(repeatedReason.at("/facts/demotionPenalty").asText()).isEqualTo(demotion.at("/penalty/id").asText());
    }

    @Test
    void aTemporaryHireWhoCannotBeDemotedGetsTheSubstituteAndTheExplanationSaysSo() {
        recordAndCheck(User.HR, absence(User.TEMP, now().minusSeconds(3600), 2), "FINE", 4);

        var substituted = recordAndCheck(User.HR, absence(User.TEMP, now().minusSeconds(600), 1), "FINE", 6);

        var reasons = substituted.at("/decision/reasons");
        assertThat(values(reasons, "rule")).contains("discipline.ladder.substitute");
        assertThat(reasons.get(values(reasons, "rule").indexOf("discipline.ladder.substitute")).get("message").asText())
                .contains("temporary hire");
    }

    @Test
    void hrOrTheDepartmentManagerIssueWarningsAndFinesButNobodyElse() {
        var warning = recordAndCheck(User.HR, lateArrival(User.STAFF, now().minusSeconds(600), 10), "WARNING", 1);
        var id = warning.at("/penalty/id").asText();

        var own = issue(User.STAFF, warning);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").asText()).contains("in their own case (§1.3.3)");
        var supervisor = issue(User.SUPERVISOR, warning);
        assertThat(supervisor.status()).isEqualTo(403);
        assertThat(supervisor.json().get("type").asText())
                .isEqualTo("https://servicepolicy.org/problems/access-denied");
        for (var user : new User[]{User.PEER, User.OPS_MANAGER}) {
            HiddenRecords.assertNotFound(api, user, "/penalties/" + id + "/issue", null, id);
        }
        assertThat(penalty(warning).get("status").asText()).isEqualTo("PROPOSED");
        assertThat(issue(User.HR, warning).status()).isEqualTo(200);
    }

    @Test
    void onlyHrIssuesDemotionsAndDismissals() {
        var dismissal = api.as(User.SUPERVISOR).post("/violations", """
                {"employeeId": "emp-staff", "type": "CONFIDENTIALITY_BREACH", "occurredAt": "%s",
                 "description": "customer list sent to a private address", "customerDataLeaked": true}"""
                .formatted(now().minusSeconds(600))).json();

        var refused = issue(User.MANAGER, dismissal);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).contains("only HR");
        assertThat(api.as(User.HR).get("/employees/emp-staff").json().get("status").asText()).isEqualTo("ON_POST");
        assertThat(issue(User.HR, dismissal).status()).isEqualTo(200);
    }

    @Test
    void nobodyIssuesAPenaltyToThemself() {
        var ownWarning = recordAndCheck(User.HR2, lateArrival(User.HR, now().minusSeconds(600), 10), "WARNING", 1);

        assertThat(issue(User.HR, ownWarning).status()).isEqualTo(403);
        assertThat(penalty(ownWarning).get("status").asText()).isEqualTo("PROPOSED");
    }

    @Test
    void issuingTwiceIsAnIllegalTransition() {
        var warning = recordAndCheck(User.HR, lateArrival(User.STAFF, now().minusSeconds(600), 10), "WARNING", 1);
        issue(User.HR, warning);

        var again = issue(User.HR, warning);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/illegal-transition");
        assertThat(penalty(warning).get("history")).hasSize(2);
    }

    @Test
    void hrWithdrawsAProposalWithAReason() {
        var warning = recordAndCheck(User.HR, lateArrival(User.STAFF, now().minusSeconds(600), 10), "WARNING", 1);

        var withdrawn = api.as(User.HR).post(penaltyPath(warning, "withdraw"), reason("the clock was wrong"));

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().at("/history/1/reason").asText()).isEqualTo("the clock was wrong");
        assertThat(withdrawn.json().at("/history/1/by").asText()).isEqualTo(User.HR.id());
    }

    @Test
    void withdrawingNeedsHrAndAReason() {
        var warning = recordAndCheck(User.HR, lateArrival(User.STAFF, now().minusSeconds(600), 10), "WARNING", 1);

        assertThat(api.as(User.MANAGER).post(penaltyPath(warning, "withdraw"), reason("kind")).status()).isEqualTo(403);
        var blank = api.as(User.HR).post(penaltyPath(warning, "withdraw"), reason(" "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(fields(blank.json())).containsExactly("reason");
        assertThat(api.as(User.HR).post(penaltyPath(warning, "withdraw")).status()).isEqualTo(400);
        assertThat(penalty(warning).get("status").asText()).isEqualTo("PROPOSED");
    }

    @Test
    void theEmployeeAppealsWithinFifteenDaysOfIssue() {
        var warning = issuedWarning();
        api.clock().advance(Duration.ofDays(15));

        var appealed = api.as(User.STAFF).post(penaltyPath(warning, "appeal"), reason("I was at a client visit"));

        assertThat(appealed.status()).isEqualTo(200);
        assertThat(appealed.json().get("status").asText()).isEqualTo("APPEALED");
        assertThat(appealed.json().at("/history/2/reason").asText()).isEqualTo("I was at a client visit");
    }

    @Test
    void anAppealAfterFifteenDaysIsRefusedCitingTheClause() {
        var warning = issuedWarning();
        api.clock().advance(Duration.ofDays(15).plusMinutes(1));

        var late = api.as(User.STAFF).post(penaltyPath(warning, "appeal"), reason("I was at a client visit"));

        assertThat(late.status()).isEqualTo(422);
        var problem = late.json();
        assertThat(problem.get("type").asText()).isEqualTo("https://servicepolicy.org/problems/policy-refusal");
        assertThat(problem.get("clause").asText()).isEqualTo("§3.3.3");
        assertThat(problem.get("rule").asText()).isEqualTo("discipline.appeal.window");
        assertThat(penalty(warning).get("status").asText()).isEqualTo("ISSUED");
    }

    @Test
    void onlyTheEmployeeAppealsAndWithAReason() {
        var warning = issuedWarning();

        assertThat(api.as(User.MANAGER).post(penaltyPath(warning, "appeal"), reason("on their behalf")).status())
                .isEqualTo(403);
        assertThat(api.as(User.HR).post(penaltyPath(warning, "appeal"), reason("on their behalf")).status())
                .isEqualTo(403);
        var noReason = api.as(User.STAFF).post(penaltyPath(warning, "appeal"), "{}");
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(fields(noReason.json())).containsExactly("reason");
        assertThat(penalty(warning).get("status").asText()).isEqualTo("ISSUED");
    }

    @Test
    void hrDecidesAnAppealButNotTheIssuer() {
        var warning = issuedWarning();
        api.as(User.STAFF).post(penaltyPath(warning, "appeal"), reason("I was at a client visit"));

        var byIssuer = api.as(User.HR).post(penaltyPath(warning, "decide-appeal"), appealDecision("UPHELD", "stands"));
        assertThat(byIssuer.status()).isEqualTo(403);
        assertThat(byIssuer.json().get("detail").asText()).contains("issued");
        assertThat(api.as(User.MANAGER).post(penaltyPath(warning, "decide-appeal"), appealDecision("UPHELD", "stands"))
                .status()).isEqualTo(403);
        assertThat(penalty(warning).get("status").asText()).isEqualTo("APPEALED");

        var upheld = api.as(User.HR2).post(penaltyPath(warning, "decide-appeal"), appealDecision("UPHELD", "the log is clear"));
        assertThat(upheld.status()).isEqualTo(200);
        assertThat(upheld.json().get("status").asText()).isEqualTo("UPHELD");
        var decisions = api.as(User.STAFF).get("/employees/emp-staff/decisions").json();
        assertThat(values(decisions, "kind")).containsExactly("discipline.penalty-proposal", "discipline.appeal-decision");
        assertThat(values(decisions.get(1).get("reasons"), "clause")).containsExactly("§3.3.3", "§1.3.3");
    }

    @Test
    void anHrMemberNeitherWithdrawsNorDecidesTheAppealOfTheirOwnPenalty() {
        var warning = recordAndCheck(User.HR2, lateArrival(User.HR, now().minusSeconds(600), 10), "WARNING", 1);

        var withdrawn = api.as(User.HR).post(penaltyPath(warning, "withdraw"), reason("the clock was wrong"));
        assertThat(withdrawn.status()).isEqualTo(403);
        assertThat(withdrawn.json().get("detail").asText()).contains("in their own case (§1.3.3)");
        assertThat(penalty(warning).get("status").asText()).isEqualTo("PROPOSED");

        assertThat(issue(User.HR2, warning).status()).isEqualTo(200);
        assertThat(api.as(User.HR).post(penaltyPath(warning, "appeal"), reason("I was with a customer")).status())
                .isEqualTo(200);
        var cleared = api.as(User.HR).post(penaltyPath(warning, "decide-appeal"), appealDecision("REVOKED", "mine"));
        assertThat(cleared.status()).isEqualTo(403);
        assertThat(cleared.json().get("detail").asText()).contains("in their own case (§1.3.3)");
        assertThat(penalty(warning).get("status").asText()).isEqualTo("APPEALED");
        var violation = api.as(User.HR2).get("/violations/" + warning.at("/violation/id").asText()).json();
        assertThat(violation.has("voided")).as(violation.toString()).isFalse();
    }

    @Test
    @DisplayName("§3.3.3, §4.3.2: revoking a demotion restores the level with its time at level, and voids the violation")
    void revokingADemotionOnAppealRestoresTheLevelAndVoidsTheViolation() {
        var hiredAtLevel = api.as(User.HR).get("/employees/emp-staff").json().get("levelSince").asText();
        recordAndCheck(User.HR, absence(User.STAFF, now().minusSeconds(7200), 2), "FINE", 4);
        var demotion = recordAndCheck(User.HR, absence(User.STAFF, now().minusSeconds(600), 1), "DEMOTION", 6);
        issue(User.HR, demotion);
        assertThat(api.as(User.HR).get("/employees/emp-staff").json().get("levelSince").asText())
                .isNotEqualTo(hiredAtLevel);
        api.as(User.STAFF).post(penaltyPath(demotion, "appeal"), reason("I had a doctor's note"));

        var revoked = api.as(User.HR2).post(penaltyPath(demotion, "decide-appeal"), appealDecision("REVOKED", "note accepted"));

        assertThat(revoked.json().get("status").asText()).isEqualTo("REVOKED");
        var staff = api.as(User.HR).get("/employees/emp-staff").json();
        assertThat(staff.get("level").asInt()).isEqualTo(3);
        assertThat(staff.get("levelSince").asText()).isEqualTo(hiredAtLevel);
        var violation = api.as(User.HR).get("/violations/" + demotion.at("/violation/id").asText()).json();
        assertThat(violation.at("/voided/reason").asText()).contains("revoked on appeal");
    }

    @Test
    void anAppealDecisionNamesAWrongOutcomeAndItsAllowedValues() {
        var warning = issuedWarning();
        api.as(User.STAFF).post(penaltyPath(warning, "appeal"), reason("I was at a client visit"));

        var wrong = api.as(User.HR2).post(penaltyPath(warning, "decide-appeal"), appealDecision("PARDONED", "kind"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(fields(wrong.json())).containsExactly("outcome");
        assertThat(wrong.json().at("/errors/0/message").asText()).contains("[UPHELD, REVOKED]");
        var missing = api.as(User.HR2).post(penaltyPath(warning, "decide-appeal"), "{\"reason\": \"kind\"}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(fields(missing.json())).containsExactly("outcome");
        assertThat(penalty(warning).get("status").asText()).isEqualTo("APPEALED");
    }

    @Test
    void decidingAnAppealThatWasNotMadeIsAnIllegalTransition() {
        var warning = issuedWarning();

        var premature = api.as(User.HR2).post(penaltyPath(warning, "decide-appeal"), appealDecision("UPHELD", "stands"));

        assertThat(premature.status()).isEqualTo(409);
        assertThat(premature.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/illegal-transition");
    }

    @Test
    void aPenaltyIsReadByThoseWhoMaySeeTheEmployee() {
        var warning = recordAndCheck(User.HR, lateArrival(User.STAFF, now().minusSeconds(600), 10), "WARNING", 1);
        var id = warning.at("/penalty/id").asText();

        assertThat(api.as(User.STAFF).get("/penalties/" + id).status()).isEqualTo(200);
        assertThat(api.as(User.MANAGER).get("/penalties/" + id).status()).isEqualTo(200);
        assertThat(api.as(User.SUPERVISOR).get("/penalties/" + id).status()).isEqualTo(200);
        HiddenRecords.assertNotFound(api, User.PEER, "/penalties/" + id, id);
        HiddenRecords.assertNotFound(api, User.OPS_MANAGER, "/penalties/" + id, id);
        assertThat(api.as(User.HR).get("/penalties/no-such-penalty").status()).isEqualTo(404);
        assertThat(api.as(User.HR).post("/penalties/no-such-penalty/issue").status()).isEqualTo(404);
    }

    private JsonNode issuedWarning() {
        var warning = recordAndCheck(User.HR, lateArrival(User.STAFF, now().minusSeconds(600), 10), "WARNING", 1);
        assertThat(issue(User.HR, warning).status()).isEqualTo(200);
        return warning;
    }

    private JsonNode recordAndCheck(User recorder, String body, String step, int points) {
        var recorded = api.as(recorder).post("/violations", body);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        var json = recorded.json();
        assertThat(json.at("/penalty/step").asText()).isEqualTo(step);
        assertThat(json.at("/penalty/status").asText()).isEqualTo("PROPOSED");
        var reasons = json.at("/decision/reasons");
        var ladder = reasons.get(values(reasons, "rule").indexOf("discipline.ladder.points"));
        assertThat(ladder.get("clause").asText()).isEqualTo("§3.3.3");
        assertThat(ladder.at("/facts/points").asInt()).isEqualTo(points);
        var band = reasons.get(values(reasons, "rule").indexOf("discipline.ladder.band"));
        assertThat(band.get("clause").asText()).isEqualTo("§3.3.3");
        return json;
    }

    private RestFixture.Answer issue(User user, JsonNode recorded) {
        return api.as(user).post(penaltyPath(recorded, "issue"));
    }

    private JsonNode penalty(JsonNode recorded) {
        return api.as(User.HR).get("/penalties/" + recorded.at("/penalty/id").asText()).json();
    }

    private static String penaltyPath(JsonNode recorded, String action) {
        return "/penalties/" + recorded.at("/penalty/id").asText() + "/" + action;
    }

    private Instant now() {
        return api.clock().instant();
    }
}
