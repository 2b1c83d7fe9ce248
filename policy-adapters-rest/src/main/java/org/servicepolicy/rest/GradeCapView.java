package org.servicepolicy.rest;

import org.servicepolicy.assessment.GradeCap;
import org.servicepolicy.policy.Grade;

/**
 * A ceiling on a grade, whatever the score (§3.3.3 for violations and demotions, §1.3.3 for the
 * distribution rule).
 *
 * @param rule    {@code assessment.cap.violation}, {@code assessment.cap.demotion} or
 *                {@code assessment.cap.distribution}
 * @param clause  the clause applied
 * @param ceiling the best grade allowed
 * @param cause   the fact behind it: a violation or penalty id, or the department
 * @param detail  the cap in words
 */
public record GradeCapView(String rule, String clause, Grade ceiling, String cause, String detail) {
    /** The view of {@code cap}. */
    public static GradeCapView of(GradeCap cap) {
        return new GradeCapView(cap.ruleId(), cap.clause(), cap.ceiling(), cap.cause(), cap.detail());
    }
}
