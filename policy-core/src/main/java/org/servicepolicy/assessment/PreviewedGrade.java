package org.servicepolicy.assessment;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Reason;

/**
 * A grade computed for an open cycle and not stored (what-if), with its explanation.
 *
 * @param result  the computed grade
 * @param reasons why, step by step
 */
public record PreviewedGrade(GradeResult result, List<Reason> reasons) {
    /** Requires both parts. */
    public PreviewedGrade {
        Objects.requireNonNull(result, "result");
        reasons = List.copyOf(reasons);
    }
}
