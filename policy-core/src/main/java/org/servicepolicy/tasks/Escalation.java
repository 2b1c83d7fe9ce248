package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The assignee escalated a major issue or one beyond their authority instead of deciding alone
 * (§3.1.2).
 *
 * @param number   the escalation's number on its task, from 1
 * @param raisedAt when
 * @param issue    the issue
 * @param answer   the superior's answer, once given
 */
public record Escalation(int number, Instant raisedAt, String issue, Optional<EscalationAnswer> answer) {
    /** Requires every part. */
    public Escalation {
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(answer, "answer");
    }

    /** Whether it still awaits an answer. */
    public boolean open() {
        return answer.isEmpty();
    }
}
