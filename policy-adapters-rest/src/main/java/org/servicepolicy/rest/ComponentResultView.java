package org.servicepolicy.rest;

import java.math.BigDecimal;
import org.servicepolicy.assessment.ComponentResult;
import org.servicepolicy.policy.AssessmentComponent;

/**
 * One component of a grade (§3.3.1).
 *
 * @param component the component
 * @param weighted  the evaluator groups combined by their weights
 * @param deducted  the points the facts of the period deduct
 * @param score     {@code weighted - deducted}, kept within 0-100
 */
public record ComponentResultView(AssessmentComponent component, BigDecimal weighted, int deducted,
                                  BigDecimal score) {
    /** The view of {@code result}. */
    public static ComponentResultView of(ComponentResult result) {
        return new ComponentResultView(result.component(), result.weighted(), result.deducted(), result.score());
    }
}
