package org.servicepolicy.career;

import java.util.Objects;
import org.servicepolicy.kernel.Reason;

/**
 * One promotion condition (§4.3.2) and whether the employee meets it.
 *
 * @param id     the condition: {@code recent-grades}, {@code no-penalty-in-force}, {@code good-service},
 *               {@code time-at-level} or {@code not-dismissed}
 * @param met    whether it is met
 * @param reason why, with the facts used
 */
public record PromotionCondition(String id, boolean met, Reason reason) {
    /** Requires every part. */
    public PromotionCondition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }
}
