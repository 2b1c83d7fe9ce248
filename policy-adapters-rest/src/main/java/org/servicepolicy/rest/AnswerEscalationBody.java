package org.servicepolicy.rest;

import org.servicepolicy.tasks.AnswerEscalation;

/**
 * Body of {@code POST /api/v1/tasks/{id}/answer-escalation} (§3.1.2).
 *
 * @param escalation the escalation's number on its task, from 1
 * @param answer     the answer
 */
public record AnswerEscalationBody(Integer escalation, String answer) {
    /** The core command. */
    public AnswerEscalation toCommand() {
        return new AnswerEscalation(escalation, answer);
    }
}
