package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The assignee refused the task, with a reason (§3.1.1: a task may not be refused without reason).
 *
 * @param number the refusal's number on its task, from 1
 * @param at     when
 * @param reason the assignee's reason
 * @param ruling the assigner's ruling on it, once given
 */
public record Refusal(int number, Instant at, String reason, Optional<RefusalRuling> ruling) {
    /** Requires every part. */
    public Refusal {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ruling, "ruling");
    }

    /** Whether the refusal was ruled unjustified. */
    public boolean unjustified() {
        return ruling.filter(r -> !r.justified()).isPresent();
    }

    /** Whether the refusal was ruled justified. */
    public boolean justified() {
        return ruling.filter(RefusalRuling::justified).isPresent();
    }
}
