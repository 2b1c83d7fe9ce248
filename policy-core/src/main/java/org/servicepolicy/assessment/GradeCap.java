package org.servicepolicy.assessment;

import java.util.Objects;
import org.servicepolicy.policy.Grade;

/**
 * A ceiling on the grade, whatever the score (§3.3.3 for violations and demotions, §1.3.3 for
 * the distribution rule). The distribution rule also notes, as a ceiling of EXCELLENT that
 * changes nothing, that an employee tied for the last EXCELLENT grades kept theirs, so the
 * explanation says how the tie was settled.
 *
 * @param ruleId  {@code assessment.cap.violation}, {@code assessment.cap.demotion},
 *                {@code assessment.cap.distribution} or {@code assessment.distribution.tie}
 * @param clause  the clause applied
 * @param ceiling the best grade allowed
 * @param cause   the fact behind it: a violation or penalty id, or the department
 * @param detail  the cap in words
 */
public record GradeCap(String ruleId, String clause, Grade ceiling, String cause, String detail) {
    /** Requires every part. */
    public GradeCap {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(ceiling, "ceiling");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(detail, "detail");
    }
}
