package org.servicepolicy.rewards;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * One step of a reward's history.
 *
 * @param status the status entered
 * @param at     when
 * @param by     who moved it
 * @param reason the reason given, where the lifecycle asks for one
 */
public record RewardTransition(RewardStatus status, Instant at, EmployeeId by, Optional<String> reason) {
    /** Requires every part. */
    public RewardTransition {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
    }
}
