package org.servicepolicy.tasks;

/**
 * Command: answer an escalation (§3.1.2).
 *
 * @param escalation the escalation's number on its task
 * @param answer     the answer
 */
public record AnswerEscalation(Integer escalation, String answer) {
}
