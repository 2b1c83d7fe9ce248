package org.servicepolicy.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.servicepolicy.policy.AssessmentComponent;

/**
 * One component of a grade (§3.3.1): the weighted evaluations, the deductions, and the score.
 *
 * @param component the component
 * @param weighted  the evaluator groups combined by their weights, to two decimals
 * @param deducted  the points the facts of the period deduct
 * @param score     {@code weighted - deducted}, kept within 0-100, to two decimals
 */
public record ComponentResult(AssessmentComponent component, BigDecimal weighted, int deducted, BigDecimal score) {
    /** Requires every part. */
    public ComponentResult {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(weighted, "weighted");
        Objects.requireNonNull(score, "score");
    }
}
