package org.servicepolicy.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.servicepolicy.career.PlanProgress;

/**
 * How far an employee has come on their development plan (§4.3.1).
 *
 * @param plan        the plan
 * @param completed   the listed programmes completed, in the plan's order
 * @param outstanding the listed programmes not completed yet, in the plan's order
 * @param share       completed out of listed, from 0 to 1, to four decimal places
 * @param asOf        when progress was read
 */
public record PlanProgressView(DevelopmentPlanView plan, List<String> completed, List<String> outstanding,
                               BigDecimal share, Instant asOf) {
    /** The view of {@code progress}. */
    public static PlanProgressView of(PlanProgress progress) {
        return new PlanProgressView(DevelopmentPlanView.of(progress.plan()), progress.completed(),
                progress.outstanding(), progress.share(), progress.asOf());
    }
}
