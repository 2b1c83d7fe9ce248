package org.servicepolicy.rest;

import java.util.Map;
import org.servicepolicy.kernel.Reason;

/**
 * One step of a decision's explanation.
 *
 * @param clause  the policy clause applied, e.g. {@code §3.3.3}
 * @param rule    the library's rule that applied it, e.g. {@code discipline.ladder.points}
 * @param message the step in words
 * @param facts   the facts the step used, in order
 */
public record ReasonView(String clause, String rule, String message, Map<String, String> facts) {
    /** The view of {@code reason}. */
    public static ReasonView of(Reason reason) {
        return new ReasonView(reason.clause(), reason.ruleId(), reason.message(), reason.facts());
    }
}
