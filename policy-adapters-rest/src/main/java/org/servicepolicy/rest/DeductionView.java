package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.assessment.Deduction;
import org.servicepolicy.policy.AssessmentComponent;

/**
 * Points an objective fact of the period deducts from one component (§3.3.1).
 *
 * @param component the component lowered
 * @param fact      the kind of fact: a task fact such as {@code LATE_COMPLETION}, or {@code VIOLATION}
 * @param detail    the violation's severity and type, or the task fact again
 * @param factId    the task or violation the fact is about
 * @param at        when the fact happened
 * @param points    the points deducted
 * @param clause    the clause the fact falls short of
 */
public record DeductionView(AssessmentComponent component, String fact, String detail, String factId, Instant at,
                            int points, String clause) {
    /** The view of {@code deduction}. */
    public static DeductionView of(Deduction deduction) {
        return new DeductionView(deduction.component(), deduction.fact(), deduction.detail(), deduction.factId(),
                deduction.at(), deduction.points(), deduction.clause());
    }
}
