package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.tasks.Escalation;

/**
 * An issue the assignee escalated instead of deciding alone (§3.1.2).
 *
 * @param number   the escalation's number on its task, from 1
 * @param raisedAt when
 * @param issue    the issue
 * @param answer   the superior's answer; absent while the escalation is open
 */
public record EscalationView(int number, Instant raisedAt, String issue, EscalationAnswerView answer) {
    /** The view of {@code escalation}. */
    public static EscalationView of(Escalation escalation) {
        return new EscalationView(escalation.number(), escalation.raisedAt(), escalation.issue(),
                escalation.answer().map(EscalationAnswerView::of).orElse(null));
    }
}
