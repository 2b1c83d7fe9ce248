package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Cycles.FEB_END;
import static org.servicepolicy.rest.Cycles.JAN;
import static org.servicepolicy.rest.Cycles.Q4;
import static org.servicepolicy.rest.Cycles.Q4_END;
import static org.servicepolicy.rest.Cycles.finalizeCycle;
import static org.servicepolicy.rest.Cycles.find;
import static org.servicepolicy.rest.Cycles.finalizedSales;
import static org.servicepolicy.rest.Payloads.reason;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.PeopleApiTest.texts;
import static org.servicepolicy.rest.PeopleApiTest.values;
import static org.servicepolicy.rest.RestFixture.START;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Rewards, their lifecycle and public commendations over HTTP (§3.3.2). */
class RewardApiTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    private static final String CYCLE = "2026-jan-feb";

    @Test
    void anExcellentGradeProposesTheRewardsOfThePolicyWithTheDecisionThatExplainsThem() {
        finalizedSales(api, CYCLE, JAN, FEB_END);

        var rewards = api.as(User.HR).get("/rewards");

        assertThat(rewards.status()).isEqualTo(200);
        assertThat(rewards.json()).hasSize(1);
        var reward = rewards.json().get(0);
        assertThat(reward.get("id").asText()).isNotBlank();
        assertThat(reward.get("employeeId").asText()).isEqualTo(User.STAFF.id());
        assertThat(reward.get("ruleId").asText()).isEqualTo("excellent-grade");
        assertThat(reward.get("trigger").asText()).isEqualTo("assessment.grade.EXCELLENT");
        assertThat(reward.get("source").asText()).isEqualTo("cycle:" + CYCLE);
        assertThat(texts(reward.get("kinds"))).containsExactly("HONOUR_CERTIFICATE", "BONUS", "PUBLIC_COMMENDATION");
        assertThat(reward.at("/bonus/amount").decimalValue()).isEqualByComparingTo("2000");
        assertThat(reward.at("/bonus/currency").asText()).isEqualTo("CNY");
        assertThat(reward.get("citation").asText()).contains("EXCELLENT", CYCLE);
        assertThat(reward.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(reward.at("/history/0/status").asText()).isEqualTo("PROPOSED");
        assertThat(reward.at("/history/0/by").asText()).isEqualTo(User.HR.id());
        assertThat(reward.at("/history/0/at").asText()).isEqualTo(START.toString());
        var decision = api.as(User.STAFF).get("/decisions/" + reward.get("decisionId").asText()).json();
        assertThat(decision.get("kind").asText()).isEqualTo("reward.proposal");
        assertThat(values(decision.get("reasons"), "clause")).containsOnly("§3.3.2");
        assertThat(values(decision.get("reasons"), "rule")).containsExactly("assessment.grade", "reward.rule");
        assertThat(api.as(User.STAFF).get("/rewards/" + reward.get("id").asText()).json()).isEqualTo(reward);
    }

    @Test
    void hrApprovesAndGrantsARewardAndItsCommendationIsListedToEveryone() {
        var reward = staffReward();
        assertThat(api.as(User.OUTSIDER).get("/commendations").json()).isEmpty();

        var approved = api.as(User.HR).post(rewardPath(reward, "approve"));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asText()).isEqualTo("APPROVED");
        assertThat(api.as(User.OUTSIDER).get("/commendations").json()).isEmpty();
        api.clock().advance(Duration.ofDays(1));
        var granted = api.as(User.HR2).post(rewardPath(reward, "grant"));

        assertThat(granted.status()).isEqualTo(200);
        assertThat(values(granted.json().get("history"), "status")).containsExactly("PROPOSED", "APPROVED", "GRANTED");
        assertThat(granted.json().at("/history/2/by").asText()).isEqualTo(User.HR2.id());
        for (var user : new User[]{User.OUTSIDER, User.SUPERVISOR, User.TEMP, User.HR}) {
            var commendations = api.as(user).get("/commendations");
            assertThat(commendations.status()).as(user.name()).isEqualTo(200);
            assertThat(commendations.json()).as(user.name()).hasSize(1);
        }
        var commendation = api.as(User.OUTSIDER).get("/commendations").json().get(0);
        assertThat(commendation.get("rewardId").asText()).isEqualTo(reward);
        assertThat(commendation.get("employeeId").asText()).isEqualTo(User.STAFF.id());
        assertThat(commendation.get("name").asText()).isEqualTo(User.STAFF.login());
        assertThat(commendation.get("departmentId").asText()).isEqualTo("sales");
        assertThat(commendation.get("citation").asText()).contains("EXCELLENT");
        assertThat(commendation.get("grantedAt").asText()).isEqualTo(START.plus(Duration.ofDays(1)).toString());
        assertThat(commendation.has("bonus")).isFalse();
    }

    @Test
    void onlyHrApprovesGrantsAndRejectsRewards() {
        var reward = staffReward();

        for (var user : new User[]{User.MANAGER, User.STAFF, User.PEER, User.SUPERVISOR}) {
            assertThat(api.as(user).post(rewardPath(reward, "approve")).status()).as(user.name()).isEqualTo(403);
            assertThat(api.as(user).post(rewardPath(reward, "reject"), reason("no")).status()).as(user.name())
                    .isEqualTo(403);
        }
        api.as(User.HR).post(rewardPath(reward, "approve"));
        assertThat(api.as(User.MANAGER).post(rewardPath(reward, "grant")).status()).isEqualTo(403);
        assertThat(status(reward)).isEqualTo("APPROVED");
    }

    @Test
    void hrNeverDecidesTheirOwnReward() {
        var suggestion = api.as(User.HR).post("/suggestions", """
                {"title": "Shared shift calendar", "text": "Publish the shift plan a week ahead.", "area": "PROCESSES"}""")
                .json().get("id").asText();
        api.as(User.HR2).post("/suggestions/" + suggestion + "/assign-reviewer", "{\"reviewerId\": \"emp-opsmanager\"}");
        assertThat(api.as(User.OPS_MANAGER).post("/suggestions/" + suggestion + "/adopt").status()).isEqualTo(200);
        var own = rewardOf(User.HR);

        var refused = api.as(User.HR).post(rewardPath(own, "approve"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asText()).contains("in their own case (§1.3.3)");
        assertThat(status(own)).isEqualTo("PROPOSED");
        assertThat(api.as(User.HR2).post(rewardPath(own, "approve")).status()).isEqualTo(200);
        assertThat(api.as(User.HR).post(rewardPath(own, "grant")).status()).isEqualTo(403);
        assertThat(api.as(User.HR).post(rewardPath(own, "reject"), reason("not for me")).status()).isEqualTo(403);
        assertThat(status(own)).isEqualTo("APPROVED");
    }

    @Test
    void rejectingNeedsAReasonAndEndsTheLifecycle() {
        var reward = staffReward();

        assertThat(api.as(User.HR).post(rewardPath(reward, "reject")).status()).isEqualTo(400);
        var blank = api.as(User.HR).post(rewardPath(reward, "reject"), reason(" "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(fields(blank.json())).containsExactly("reason");
        assertThat(status(reward)).isEqualTo("PROPOSED");

        var rejected = api.as(User.HR).post(rewardPath(reward, "reject"), reason("the grade is under review"));

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().at("/history/1/reason").asText()).isEqualTo("the grade is under review");
        var approveAfter = api.as(User.HR).post(rewardPath(reward, "approve"));
        assertThat(approveAfter.status()).isEqualTo(409);
        assertThat(approveAfter.json().get("type").asText())
                .isEqualTo("https://servicepolicy.org/problems/illegal-transition");
    }

    @Test
    void aProposedRewardIsApprovedBeforeItIsGranted() {
        var reward = staffReward();

        var granted = api.as(User.HR).post(rewardPath(reward, "grant"));

        assertThat(granted.status()).isEqualTo(409);
        assertThat(granted.json().get("type").asText())
                .isEqualTo("https://servicepolicy.org/problems/illegal-transition");
        assertThat(status(reward)).isEqualTo("PROPOSED");
    }

    @Test
    void rewardsAreSeenByTheEmployeeTheManagersOfTheirDepartmentAndHr() {
        var reward = staffReward();

        for (var user : new User[]{User.STAFF, User.MANAGER, User.HR}) {
            assertThat(values(api.as(user).get("/rewards").json(), "id")).as(user.name()).containsExactly(reward);
            assertThat(api.as(user).get("/rewards/" + reward).status()).as(user.name()).isEqualTo(200);
            assertThat(api.as(user).get("/employees/emp-staff/rewards").json()).as(user.name()).hasSize(1);
        }
        for (var user : new User[]{User.PEER, User.OPS_MANAGER, User.SUPERVISOR}) {
            assertThat(api.as(user).get("/rewards").json()).as(user.name()).isEmpty();
            HiddenRecords.assertNotFound(api, user, "/rewards/" + reward, reward);
            HiddenRecords.assertNotFound(api, user, "/employees/emp-staff/rewards", User.STAFF.id());
        }
    }

    @Test
    void rewardsAreListedByStatus() {
        var reward = staffReward();
        api.as(User.HR).post(rewardPath(reward, "approve"));

        assertThat(api.as(User.HR).get("/rewards?status=APPROVED").json()).hasSize(1);
        assertThat(api.as(User.HR).get("/rewards?status=PROPOSED").json()).isEmpty();

        var unknown = api.as(User.HR).get("/rewards?status=approved");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("type").asText())
                .isEqualTo("https://servicepolicy.org/problems/malformed-request");
        assertThat(fields(unknown.json())).containsExactly("status");
        assertThat(unknown.json().at("/errors/0/message").asText())
                .isEqualTo("must be one of [PROPOSED, APPROVED, GRANTED, REJECTED], was 'approved'");
    }

    @Test
    void twoExcellentCyclesInARowProposeAPromotionOpportunityAndEachRewardOnlyOnce() {
        finalizedSales(api, "2025-q4", Q4, Q4_END);
        api.clock().advance(Duration.ofDays(1));
        finalizedSales(api, CYCLE, JAN, FEB_END);
        finalizeCycle(api, "2025-q4");
        finalizeCycle(api, CYCLE);

        var rewards = api.as(User.STAFF).get("/employees/emp-staff/rewards").json();

        assertThat(rewards).hasSize(3);
        assertThat(rewards.get(0).get("ruleId").asText()).isEqualTo("excellent-grade");
        assertThat(rewards.get(0).get("source").asText()).isEqualTo("cycle:2025-q4");
        var opportunity = find(rewards, "ruleId", "excellent-consecutive");
        assertThat(opportunity.get("source").asText()).isEqualTo("cycle:" + CYCLE);
        assertThat(opportunity.get("trigger").asText()).isEqualTo("assessment.grade.EXCELLENT.consecutive");
        assertThat(texts(opportunity.get("kinds"))).containsExactly("PROMOTION_OPPORTUNITY");
        assertThat(opportunity.has("bonus")).isFalse();
        assertThat(values(rewards, "source")).containsExactlyInAnyOrder("cycle:2025-q4", "cycle:" + CYCLE,
                "cycle:" + CYCLE);
        assertThat(api.as(User.HR).get("/rewards").json()).hasSize(3);
    }

    @Test
    void aRewardThatDoesNotExistIsNotFound() {
        assertThat(api.as(User.HR).get("/rewards/no-such-reward").status()).isEqualTo(404);
        assertThat(api.as(User.HR).post("/rewards/no-such-reward/approve").status()).isEqualTo(404);
        assertThat(api.as(User.HR).get("/employees/emp-nobody/rewards").status()).isEqualTo(404);
    }

    private String staffReward() {
        finalizedSales(api, CYCLE, JAN, FEB_END);
        return rewardOf(User.STAFF);
    }

    private String rewardOf(User employee) {
        var rewards = api.as(User.HR2).get("/employees/" + employee.id() + "/rewards").json();
        assertThat(rewards).hasSize(1);
        return rewards.get(0).get("id").asText();
    }

    private String status(String reward) {
        return api.as(User.HR2).get("/rewards/" + reward).json().get("status").asText();
    }

    private static String rewardPath(String reward, String action) {
        return "/rewards/" + reward + "/" + action;
    }
}
