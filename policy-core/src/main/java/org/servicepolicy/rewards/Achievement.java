package org.servicepolicy.rewards;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.policy.RewardTrigger;

/**
 * An occurrence of a reward trigger, reported by the capability that established it (a
 * finalized grade, an adopted suggestion, ...).
 *
 * @param trigger    what happened
 * @param employee   who achieved it
 * @param source     which occurrence: the same source is the same achievement, so replaying it
 *                   proposes nothing new
 * @param occurredAt when it happened; the reward rules in force then apply
 * @param because    the achievement in words, citing its clause
 */
public record Achievement(RewardTrigger trigger, EmployeeId employee, String source, Instant occurredAt,
                          Reason because) {
    /** Requires every part, and keeps {@code occurredAt} at the stores' precision. */
    public Achievement {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(source, "source");
        occurredAt = StoredPrecision.truncate(Objects.requireNonNull(occurredAt, "occurredAt"));
        Objects.requireNonNull(because, "because");
    }
}
