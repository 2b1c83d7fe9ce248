package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.rewards.Reward;
import org.servicepolicy.rewards.RewardStatus;

/**
 * A reward (§3.3.2, §5.2.1) that one rule of the policy gives for one achievement, and its
 * lifecycle: PROPOSED, then APPROVED and GRANTED by HR, or REJECTED with a reason.
 *
 * @param id         identifier
 * @param employeeId who earns it
 * @param ruleId     the policy's reward rule, e.g. {@code excellent-grade}
 * @param trigger    what earned it, e.g. {@code assessment.grade.EXCELLENT}
 * @param source     the occurrence of the trigger, e.g. {@code cycle:2026-Q4}: one reward per rule
 *                   and occurrence
 * @param kinds      the rewards given
 * @param bonus      the bonus, when {@code kinds} holds BONUS
 * @param citation   the achievement in words
 * @param decisionId the decision that proposed it, with its explanation
 * @param status     PROPOSED, APPROVED, GRANTED or REJECTED
 * @param history    every status entered, oldest first
 * @param version    the record's version
 */
public record RewardView(String id, String employeeId, String ruleId, String trigger, String source,
                         List<RewardKind> kinds, MoneyView bonus, String citation, String decisionId,
                         RewardStatus status, List<RewardTransitionView> history, long version) {
    /** The view of {@code reward}. */
    public static RewardView of(Reward reward) {
        return new RewardView(reward.id().value(), reward.employee().value(), reward.ruleId(),
                reward.trigger().name(), reward.source(), List.copyOf(reward.kinds()),
                reward.bonus().map(MoneyView::of).orElse(null), reward.citation(), reward.decisionId().value(),
                reward.status(), reward.history().stream().map(RewardTransitionView::of).toList(), reward.version());
    }
}
