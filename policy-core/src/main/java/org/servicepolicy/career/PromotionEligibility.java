package org.servicepolicy.career;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;

/**
 * Whether an employee meets the promotion conditions (§4.3.2), condition by condition.
 *
 * @param employee      who
 * @param eligible      whether every condition is met
 * @param conditions    each condition, met or not
 * @param policyVersion the policy version applied
 * @param asOf          the instant the conditions were checked at
 */
public record PromotionEligibility(EmployeeId employee, boolean eligible, List<PromotionCondition> conditions,
                                   String policyVersion, Instant asOf) {
    /** The outcome of an eligible employee, as a decision records it. */
    public static final String ELIGIBLE = "ELIGIBLE";
    /** The outcome of an employee who misses a condition. */
    public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

    /** Requires every part, copies the conditions, and checks that eligibility follows from them. */
    public PromotionEligibility {
        Objects.requireNonNull(employee, "employee");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(asOf, "asOf");
        if (eligible != conditions.stream().allMatch(PromotionCondition::met)) {
            throw new IllegalArgumentException("eligible exactly when every condition is met");
        }
    }

    /** {@link #ELIGIBLE} or {@link #NOT_ELIGIBLE}. */
    public String outcome() {
        return eligible ? ELIGIBLE : NOT_ELIGIBLE;
    }

    /** The explanation: one reason per condition, then the conclusion. */
    public List<Reason> reasons() {
        var reasons = new ArrayList<Reason>();
        conditions.forEach(c -> reasons.add(c.reason()));
        var unmet = conditions.stream().filter(c -> !c.met()).map(PromotionCondition::id).toList();
        reasons.add(Reason.of("§4.3.2", "career.promotion.eligibility", eligible
                        ? "every promotion condition is met: eligible for promotion"
                        : "not eligible for promotion: " + String.join(", ", unmet) + " not met",
                "eligible", eligible, "unmet", unmet.isEmpty() ? "none" : String.join(",", unmet)));
        return reasons;
    }
}
