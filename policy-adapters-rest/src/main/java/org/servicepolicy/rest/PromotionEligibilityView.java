package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.career.PromotionEligibility;

/**
 * Whether an employee meets the promotion conditions now (§4.3.2), condition by condition.
 *
 * @param employeeId    who
 * @param eligible      whether every condition is met
 * @param outcome       ELIGIBLE or NOT_ELIGIBLE, as a recorded decision states it
 * @param conditions    each condition, met or not, with its reason
 * @param policyVersion the policy version applied
 * @param asOf          the instant the conditions were checked at
 */
public record PromotionEligibilityView(String employeeId, boolean eligible, String outcome,
                                       List<PromotionConditionView> conditions, String policyVersion, Instant asOf) {
    /** The view of {@code eligibility}. */
    public static PromotionEligibilityView of(PromotionEligibility eligibility) {
        return new PromotionEligibilityView(eligibility.employee().value(), eligibility.eligible(),
                eligibility.outcome(), eligibility.conditions().stream().map(PromotionConditionView::of).toList(),
                eligibility.policyVersion(), eligibility.asOf());
    }
}
