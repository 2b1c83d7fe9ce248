package org.servicepolicy.career;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * How far an employee has come on their development plan (§4.3.1): the programmes it lists that
 * they have completed, out of all it lists.
 *
 * @param plan        the plan
 * @param completed   the listed programmes completed by {@code asOf}, in the plan's order
 * @param outstanding the listed programmes not completed yet, in the plan's order
 * @param asOf        when progress was read
 */
public record PlanProgress(DevelopmentPlan plan, List<String> completed, List<String> outstanding, Instant asOf) {
    /** Requires every part, copies the lists, and that together they are the plan's programmes. */
    public PlanProgress {
        Objects.requireNonNull(plan, "plan");
        completed = List.copyOf(completed);
        outstanding = List.copyOf(outstanding);
        Objects.requireNonNull(asOf, "asOf");
        if (completed.size() + outstanding.size() != plan.programmes().size()
                || !plan.programmes().containsAll(completed) || !plan.programmes().containsAll(outstanding)) {
            throw new IllegalArgumentException("completed and outstanding are the plan's programmes");
        }
    }

    /** The share completed, from 0 to 1, to four decimal places (half up). */
    public BigDecimal share() {
        return BigDecimal.valueOf(completed.size()).divide(BigDecimal.valueOf(plan.programmes().size()), 4,
                RoundingMode.HALF_UP);
    }
}
