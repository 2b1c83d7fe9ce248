package org.servicepolicy.assessment;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.policy.AssessmentComponent;

/**
 * Points an objective fact of the period deducts from one component (§3.3.1).
 *
 * @param component the component lowered
 * @param fact      the kind of fact: a task fact kind, or {@code VIOLATION}
 * @param detail    the violation's severity and type, or the task fact kind again
 * @param factId    the task or violation id
 * @param at        when the fact happened
 * @param points    the points deducted
 * @param clause    the clause the fact falls short of
 */
public record Deduction(AssessmentComponent component, String fact, String detail, String factId, Instant at,
                        int points, String clause) {
    /** Requires every part. */
    public Deduction {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(clause, "clause");
    }
}
