package org.servicepolicy.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one sweep of action items did (§5.1.2): only the items this sweep marked overdue, so a
 * second sweep marks none.
 *
 * @param at     the instant swept for
 * @param marked the items this sweep marked overdue
 */
public record ActionItemSweepResult(Instant at, List<ActionItemId> marked) {
    /** Requires every part. */
    public ActionItemSweepResult {
        Objects.requireNonNull(at, "at");
        marked = List.copyOf(marked);
    }
}
