package org.servicepolicy.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardRule;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.policy.StandardPolicy;

class RewardPolicySettingsTest {
    private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");

    private static PolicyDefinition with(Map<String, String> changes) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.putAll(changes);
        return PolicyDefinition.of("v2", FROM, settings);
    }

    @Test
    void theDefaultRulesRewardExcellenceAndAdoptedSuggestions() {
        var rules = StandardPolicy.definition().rewards();
        assertThat(rules.rules()).extracting(RewardRule::id)
                .containsExactly("excellent-grade", "excellent-consecutive", "adopted-suggestion",
                        "effective-service-report", "excellent-service");
        assertThat(rules.rulesFor(RewardTrigger.grade(Grade.EXCELLENT))).singleElement()
                .satisfies(r -> assertThat(r.kinds()).containsExactly(RewardKind.HONOUR_CERTIFICATE, RewardKind.BONUS,
                        RewardKind.PUBLIC_COMMENDATION));
        assertThat(rules.rulesFor(RewardTrigger.EXCELLENT_IN_CONSECUTIVE_CYCLES)).singleElement()
                .satisfies(r -> assertThat(r.kinds()).containsExactly(RewardKind.PROMOTION_OPPORTUNITY));
        assertThat(rules.rulesFor(RewardTrigger.SUGGESTION_ADOPTED)).singleElement()
                .satisfies(r -> assertThat(r.bonus()).hasToString("500.00 CNY"));
        assertThat(rules.rulesFor(RewardTrigger.SERVICE_REPORT_EFFECTIVE)).singleElement().satisfies(r -> {
            assertThat(r.kinds()).containsExactly(RewardKind.BONUS);
            assertThat(r.bonus()).hasToString("200.00 CNY");
        });
        assertThat(rules.rulesFor(RewardTrigger.EXCELLENT_SERVICE)).singleElement()
                .satisfies(r -> assertThat(r.kinds()).containsExactly(RewardKind.HONOUR_CERTIFICATE, RewardKind.BONUS,
                        RewardKind.PROMOTION_OPPORTUNITY));
        assertThat(rules.rulesFor(RewardTrigger.grade(Grade.GOOD))).isEmpty();
    }

    @Test
    void rulesReadBackUnchangedAndNoneSwitchesARuleOff() {
        var changed = with(Map.of("reward.rules",
                " adopted-suggestion , excellent-grade,excellent-consecutive,effective-service-report,excellent-service",
                "reward.rule.adopted-suggestion.kinds", "NONE", "reward.rule.adopted-suggestion.bonus", "0",
                "reward.rule.excellent-grade.kinds", "PUBLIC_COMMENDATION, HONOUR_CERTIFICATE",
                "reward.rule.excellent-grade.bonus", "0"));
        assertThat(changed.rewards().rulesFor(RewardTrigger.SUGGESTION_ADOPTED)).isEmpty();
        assertThat(changed.settings()).containsEntry("reward.rules",
                        "adopted-suggestion,excellent-grade,excellent-consecutive,effective-service-report,excellent-service")
                .containsEntry("reward.rule.excellent-grade.kinds", "HONOUR_CERTIFICATE,PUBLIC_COMMENDATION");
        assertThat(PolicyDefinition.of("copy", FROM, changed.settings()).settings()).isEqualTo(changed.settings());
    }

    @Test
    void everyProblemOfTheRulesIsListed() {
        assertThatThrownBy(() -> with(Map.of(
                "reward.rules", "excellent-grade,excellent-grade,Bad_Id,excellent-consecutive,adopted-suggestion,typo,"
                        + "effective-service-report,excellent-service",
                "reward.rule.excellent-grade.bonus", "0",
                "reward.rule.excellent-consecutive.kinds", "PROMOTION_OPPORTUNITY,MEDAL",
                "reward.rule.adopted-suggestion.trigger", "suggestion.accepted",
                "reward.rule.typo.trigger", "assessment.grade.EXCELLENT",
                "reward.rule.typo.kinds", "BONUS",
                "reward.rule.typo.bonus", "0",
                "reward.rule.orphan.kinds", "BONUS")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder(
                                "settings.reward.rules",
                                "settings.reward.rules",
                                "settings.reward.rule.excellent-grade.bonus",
                                "settings.reward.rule.excellent-consecutive.kinds",
                                "settings.reward.rule.adopted-suggestion.trigger",
                                "settings.reward.rule.typo.bonus",
                                "settings.reward.rule.orphan.kinds"));
    }
}
