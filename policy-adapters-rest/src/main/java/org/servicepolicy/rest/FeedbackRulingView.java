package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.feedback.FeedbackRuling;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;

/**
 * The ruling on an item of customer feedback (§2.3.2, §2.3.1).
 *
 * @param verdict     JUSTIFIED or UNJUSTIFIED for a complaint, CONFIRMED or NOT_CONFIRMED for a praise
 * @param employeeIds the employees a justified complaint is justified against
 * @param standard    the standard they fell short of; absent unless justified
 * @param note        why, in words
 */
public record FeedbackRulingView(FeedbackRuling.Verdict verdict, List<String> employeeIds, ServiceStandard standard,
                                 String note) {
    /** The view of {@code ruling}. */
    public static FeedbackRulingView of(FeedbackRuling ruling) {
        return new FeedbackRulingView(ruling.verdict(), ruling.employees().stream().map(EmployeeId::value).toList(),
                ruling.standard().orElse(null), ruling.note());
    }
}
