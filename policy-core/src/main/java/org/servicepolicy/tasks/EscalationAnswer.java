package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;

/**
 * A superior's answer to an escalation.
 *
 * @param at     when
 * @param by     who answered
 * @param answer the answer
 */
public record EscalationAnswer(Instant at, EmployeeId by, String answer) {
    /** Requires every part. */
    public EscalationAnswer {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(answer, "answer");
    }
}
