package org.servicepolicy.rest;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.feedback.FeedbackRuling;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;

/**
 * Body of {@code POST /api/v1/feedback/{id}/ruling} (§2.3.2, §2.3.1): once per item.
 *
 * @param verdict     JUSTIFIED or UNJUSTIFIED for a complaint, CONFIRMED or NOT_CONFIRMED for a praise
 * @param employees   for a justified complaint, the ids of the employees concerned it is justified
 *                    against
 * @param standard    for a justified complaint, the service standard they fell short of
 * @param note        why, in words
 */
public record FeedbackRulingBody(FeedbackRuling.Verdict verdict, List<String> employees, ServiceStandard standard,
                                 String note) {
    /**
     * The core command.
     *
     * @throws InvalidInputException naming {@code employees} when an id is not valid
     */
    public FeedbackRuling toCommand() {
        var ids = employees == null ? List.<String>of() : employees;
        if (!ids.stream().allMatch(id -> id != null && Ids.isValid(id))) {
            throw InvalidInputException.of("employees", "holds an id that is not valid");
        }
        return new FeedbackRuling(verdict, ids.stream().map(EmployeeId::of).toList(), Optional.ofNullable(standard),
                note);
    }
}
