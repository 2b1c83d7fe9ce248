package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one sweep recorded: only the marks this sweep made, so a second sweep over the same
 * facts records none.
 *
 * @param at     the instant swept for
 * @param marked the marks recorded, task by task
 */
public record SweepResult(Instant at, List<SweepMark> marked) {
    /** Requires both parts. */
    public SweepResult {
        Objects.requireNonNull(at, "at");
        marked = List.copyOf(marked);
    }
}
