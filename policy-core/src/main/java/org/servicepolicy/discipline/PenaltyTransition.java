package org.servicepolicy.discipline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * One step of a penalty's history.
 *
 * @param status the status entered
 * @param at     when
 * @param by     who moved it
 * @param reason the reason given, where the lifecycle asks for one
 */
public record PenaltyTransition(PenaltyStatus status, Instant at, EmployeeId by, Optional<String> reason) {
    /** Requires every part. */
    public PenaltyTransition {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
    }
}
