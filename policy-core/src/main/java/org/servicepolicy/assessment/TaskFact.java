package org.servicepolicy.assessment;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.policy.TaskFactKind;

/**
 * One objective task fact of an employee (§3.1): a refusal without valid reason, a late
 * completion, a missed progress report, or a result returned for rework.
 *
 * @param kind   what happened
 * @param taskId the task it happened on
 * @param at     when
 */
public record TaskFact(TaskFactKind kind, String taskId, Instant at) {
    /** Requires every part and a valid task id. */
    public TaskFact {
        Objects.requireNonNull(kind, "kind");
        Ids.requireValid("taskId", taskId);
        Objects.requireNonNull(at, "at");
    }
}
