package org.servicepolicy.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardTrigger;

class RewardServiceTest {
    private final Company company = new Company();
    private final RewardService rewards = company.policy.rewards();

    private Achievement excellent(String employee, String cycle) {
        return new Achievement(RewardTrigger.grade(Grade.EXCELLENT), EmployeeId.of(employee), "cycle:" + cycle,
                company.clock.instant().minus(Duration.ofDays(1)),
                Reason.of("§3.3.2", "assessment.grade", "graded EXCELLENT in " + cycle));
    }

    private Reward proposeFor(String employee) {
        return rewards.recognise(company.actor("hr"), excellent(employee, "2025-Q4")).get(0);
    }

    @Test
    void anAchievementProposesTheRewardsOfEachRuleItTriggers() {
        var proposed = rewards.recognise(company.actor("hr"), excellent("staff", "2025-Q4"));
        assertThat(proposed).singleElement().satisfies(reward -> {
            assertThat(reward.ruleId()).isEqualTo("excellent-grade");
            assertThat(reward.status()).isEqualTo(RewardStatus.PROPOSED);
            assertThat(reward.kinds()).containsExactly(RewardKind.HONOUR_CERTIFICATE, RewardKind.BONUS,
                    RewardKind.PUBLIC_COMMENDATION);
            assertThat(reward.bonus()).hasValueSatisfying(b -> assertThat(b).hasToString("2000.00 CNY"));
            assertThat(reward.version()).isEqualTo(1);
            var decision = company.policy.decisions().decision(company.actor("staff"), reward.decisionId());
            assertThat(decision.kind()).isEqualTo(RewardService.PROPOSAL);
            assertThat(decision.reasons()).extracting(Reason::ruleId).containsExactly("assessment.grade", "reward.rule");
            assertThat(decision.reasons().get(1).facts()).containsEntry("rule", "excellent-grade");
        });
        assertThat(company.stores.eventLog().after(0, 1000)).extracting(PublishedEvent::type).contains("RewardProposed");
    }

    @Test
    void replayingAnAchievementProposesNothingNew() {
        var first = rewards.recognise(company.actor("hr"), excellent("staff", "2025-Q4"));
        var events = company.stores.eventLog().after(0, 1000).size();
        var again = rewards.recognise(company.actor("hr2"), excellent("staff", "2025-Q4"));
        assertThat(again).isEqualTo(first);
        assertThat(company.stores.rewards().all()).hasSize(1);
        assertThat(company.stores.eventLog().after(0, 1000)).hasSize(events);
        assertThat(rewards.recognise(company.actor("hr"), excellent("staff", "2026-Q1"))).doesNotContainAnyElementsOf(first);
    }

    @Test
    void aTriggerWithoutARuleProposesNothing() {
        assertThat(rewards.recognise(company.actor("hr"), new Achievement(RewardTrigger.grade(Grade.GOOD),
                EmployeeId.of("staff"), "cycle:x", company.clock.instant(), Reason.of("§3.3.2", "assessment.grade",
                "graded GOOD")))).isEmpty();
    }

    @Test
    void aCompanyAddsRulesByPublishingAPolicyVersion() {
        var effective = company.clock.instant().plus(Duration.ofDays(1));
        company.policy.policies().publish(company.actor("hr"), "with-training", effective, Map.of(
                "reward.rules",
                "excellent-grade,excellent-consecutive,adopted-suggestion,effective-service-report,excellent-service,good-grade",
                "reward.rule.good-grade.trigger", "assessment.grade.GOOD",
                "reward.rule.good-grade.kinds", "TRAINING_OPPORTUNITY",
                "reward.rule.good-grade.bonus", "0",
                "reward.rule.adopted-suggestion.kinds", "NONE",
                "reward.rule.adopted-suggestion.bonus", "0"));
        var good = new Achievement(RewardTrigger.grade(Grade.GOOD), EmployeeId.of("staff"), "cycle:x",
                effective.plusSeconds(60), Reason.of("§3.3.2", "assessment.grade", "graded GOOD"));
        assertThat(rewards.recognise(company.actor("hr"), good)).singleElement()
                .satisfies(r -> assertThat(r.kinds()).containsExactly(RewardKind.TRAINING_OPPORTUNITY));
        assertThat(rewards.recognise(company.actor("hr"), new Achievement(RewardTrigger.SUGGESTION_ADOPTED,
                EmployeeId.of("staff"), "suggestion:s", effective.plusSeconds(60), Reason.of("§5.2.1",
                "suggestion.adopted", "adopted")))).isEmpty();
    }

    @Test
    void hrApprovesThenGrants() {
        var reward = proposeFor("staff");
        var approved = rewards.approve(company.actor("hr"), reward.id());
        assertThat(approved.status()).isEqualTo(RewardStatus.APPROVED);
        var granted = rewards.grant(company.actor("hr2"), reward.id());
        assertThat(granted.status()).isEqualTo(RewardStatus.GRANTED);
        assertThat(granted.history()).extracting(RewardTransition::by).extracting(EmployeeId::value)
                .containsExactly("hr", "hr", "hr2");
        assertThat(company.stores.eventLog().after(0, 1000)).extracting(PublishedEvent::type)
                .contains("RewardProposed", "RewardApproved", "RewardGranted");
        assertThat(company.stores.auditTrail().about("reward", reward.id().value())).hasSize(3);
    }

    @Test
    void aRewardIsGrantedOnlyOnceApproved() {
        var reward = proposeFor("staff");
        assertThatThrownBy(() -> rewards.grant(company.actor("hr"), reward.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo("illegal-transition"));
        rewards.approve(company.actor("hr"), reward.id());
        rewards.grant(company.actor("hr"), reward.id());
        assertThatThrownBy(() -> rewards.reject(company.actor("hr"), reward.id(), "changed our mind"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aRejectionNeedsAReason() {
        var reward = proposeFor("staff");
        assertThatThrownBy(() -> rewards.reject(company.actor("hr"), reward.id(), " "))
                .isInstanceOf(InvalidInputException.class);
        var rejected = rewards.reject(company.actor("hr"), reward.id(), "the grade is under appeal");
        assertThat(rejected.status()).isEqualTo(RewardStatus.REJECTED);
        assertThat(rejected.entered(RewardStatus.REJECTED).orElseThrow().reason()).contains("the grade is under appeal");
    }

    @Test
    void onlyHrDecidesRewardsAndNobodyTheirOwn() {
        var reward = proposeFor("staff");
        assertThatThrownBy(() -> rewards.approve(company.actor("manager"), reward.id()))
                .isInstanceOf(AccessDeniedException.class);
        var own = proposeFor("hr");
        assertThatThrownBy(() -> rewards.approve(company.actor("hr"), own.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(rewards.approve(company.actor("hr2"), own.id()).status()).isEqualTo(RewardStatus.APPROVED);
    }

    @Test
    void grantedPublicCommendationsAreListedToEveryEmployee() {
        var reward = proposeFor("staff");
        assertThat(rewards.commendations(company.actor("temp"))).isEmpty();
        rewards.approve(company.actor("hr"), reward.id());
        rewards.grant(company.actor("hr"), reward.id());
        for (var reader : new String[] {"temp", "pm", "inspector", "colleague", "staff"}) {
            assertThat(rewards.commendations(company.actor(reader))).singleElement().satisfies(c -> {
                assertThat(c.employee()).isEqualTo(EmployeeId.of("staff"));
                assertThat(c.department().value()).isEqualTo("service");
                assertThat(c.citation()).contains("EXCELLENT");
            });
        }
    }

    @Test
    void rewardsAreSeenByTheEmployeeTheirManagerAndHr() {
        var staff = proposeFor("staff");
        var pm = proposeFor("pm");
        rewards.approve(company.actor("hr"), pm.id());
        assertThat(rewards.rewards(company.actor("staff"), Optional.empty())).containsExactly(staff);
        assertThat(rewards.rewards(company.actor("manager"), Optional.empty())).containsExactly(staff);
        assertThat(rewards.rewards(company.actor("hr"), Optional.empty())).hasSize(2);
        assertThat(rewards.rewards(company.actor("hr"), Optional.of(RewardStatus.APPROVED)))
                .extracting(Reward::employee).containsExactly(EmployeeId.of("pm"));
        assertThat(rewards.reward(company.actor("manager"), staff.id())).isEqualTo(staff);
        assertThatThrownBy(() -> rewards.reward(company.actor("colleague"), staff.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rewards.rewardsOf(company.actor("pm"), EmployeeId.of("staff")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theNaturalKeyIsUniqueInTheStore() {
        var reward = proposeFor("staff");
        var copy = new Reward(RewardId.of("another"), reward.employee(), reward.ruleId(), reward.trigger(),
                reward.source(), reward.kinds(), reward.bonus(), reward.citation(), reward.decisionId(),
                reward.history(), 0);
        assertThatThrownBy(() -> company.stores.rewards().add(copy))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("duplicate"));
    }

    @Test
    void theRulesInForceWhenTheAchievementHappenedDecideItsRewardsNotTheLatestVersion() {
        var gradedBefore = company.clock.instant();
        var effective = gradedBefore.plus(Duration.ofDays(1));
        company.policy.policies().publish(company.actor("hr"), "bigger-bonus", effective,
                Map.of("reward.rule.excellent-grade.bonus", "3000"));
        company.clock.advance(Duration.ofDays(2));
        var gradedAfter = effective.plusSeconds(60);

        var before = rewards.recognise(company.actor("hr"), new Achievement(RewardTrigger.grade(Grade.EXCELLENT),
                EmployeeId.of("staff"), "cycle:before", gradedBefore, Reason.of("§3.3.2", "assessment.grade",
                "graded EXCELLENT"))).get(0);
        var after = rewards.recognise(company.actor("hr"), new Achievement(RewardTrigger.grade(Grade.EXCELLENT),
                EmployeeId.of("staff"), "cycle:after", gradedAfter, Reason.of("§3.3.2", "assessment.grade",
                "graded EXCELLENT"))).get(0);

        assertThat(before.bonus()).hasValueSatisfying(b -> assertThat(b).hasToString("2000.00 CNY"));
        var beforeDecision = company.stores.decisions().find(before.decisionId()).orElseThrow();
        assertThat(beforeDecision.policyVersion()).isEqualTo("standard");
        assertThat(beforeDecision.factAt()).isEqualTo(gradedBefore);
        assertThat(after.bonus()).hasValueSatisfying(b -> assertThat(b).hasToString("3000.00 CNY"));
        var afterDecision = company.stores.decisions().find(after.decisionId()).orElseThrow();
        assertThat(afterDecision.policyVersion()).isEqualTo("bigger-bonus");
        assertThat(afterDecision.factAt()).isEqualTo(gradedAfter);
    }
}
