package org.servicepolicy.discipline;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Why a violation no longer counts: approved leave covers it, or its penalty was revoked on
 * appeal.
 *
 * @param at     when it was voided
 * @param by     who caused it
 * @param reason why, citing the leave request or the appeal
 */
public record Voiding(Instant at, EmployeeId by, String reason) {
    /** Requires every part. */
    public Voiding {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(reason, "reason");
    }
}
