package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.tasks.EscalationAnswer;

/**
 * A superior's answer to an escalation (§3.1.2).
 *
 * @param at     when
 * @param by     who answered
 * @param answer the answer
 */
public record EscalationAnswerView(Instant at, String by, String answer) {
    /** The view of {@code answer}. */
    public static EscalationAnswerView of(EscalationAnswer answer) {
        return new EscalationAnswerView(answer.at(), answer.by().value(), answer.answer());
    }
}
