package org.servicepolicy.tasks;

import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;

/**
 * An escalation awaiting a superior's answer (§3.1.2).
 *
 * @param task       the task
 * @param title      the task's title
 * @param assignee   who escalated
 * @param assigner   who assigned the task
 * @param escalation the escalation
 */
public record OpenEscalation(TaskId task, String title, EmployeeId assignee, EmployeeId assigner,
                             Escalation escalation) {
    /** Requires every part. */
    public OpenEscalation {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(assigner, "assigner");
        Objects.requireNonNull(escalation, "escalation");
    }
}
