package org.servicepolicy.rewards;

import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.RewardTrigger;

/**
 * What makes a reward unique: one reward per rule and trigger occurrence, however often the
 * trigger is replayed.
 *
 * @param employee who earned it
 * @param ruleId   the policy's reward rule
 * @param trigger  what earned it
 * @param source   the occurrence of the trigger, e.g. {@code cycle:2026-Q4} or {@code suggestion:s-1}
 */
public record RewardKey(EmployeeId employee, String ruleId, RewardTrigger trigger, String source) {
    /** Requires every part. */
    public RewardKey {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(source, "source");
    }
}
