package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.tasks.OpenEscalation;

/**
 * An escalation awaiting the caller's answer (§3.1.2).
 *
 * @param taskId     the task
 * @param title      the task's title
 * @param assigneeId who escalated
 * @param assignerId who assigned the task
 * @param number     the escalation's number on the task, to answer it by
 * @param raisedAt   when it was raised
 * @param issue      the issue
 */
public record OpenEscalationView(String taskId, String title, String assigneeId, String assignerId, int number,
                                 Instant raisedAt, String issue) {
    /** The view of {@code open}. */
    public static OpenEscalationView of(OpenEscalation open) {
        return new OpenEscalationView(open.task().value(), open.title(), open.assignee().value(),
                open.assigner().value(), open.escalation().number(), open.escalation().raisedAt(),
                open.escalation().issue());
    }
}
