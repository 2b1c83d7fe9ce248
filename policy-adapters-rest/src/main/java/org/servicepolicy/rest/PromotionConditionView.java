package org.servicepolicy.rest;

import org.servicepolicy.career.PromotionCondition;

/**
 * One promotion condition (§4.3.2) and whether the employee meets it.
 *
 * @param id     {@code recent-grades}, {@code no-penalty-in-force}, {@code time-at-level},
 *               {@code not-dismissed} or {@code good-service}
 * @param met    whether it is met
 * @param reason why, with the clause and the facts used
 */
public record PromotionConditionView(String id, boolean met, ReasonView reason) {
    /** The view of {@code condition}. */
    public static PromotionConditionView of(PromotionCondition condition) {
        return new PromotionConditionView(condition.id(), condition.met(), ReasonView.of(condition.reason()));
    }
}
