package org.servicepolicy.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Reason;

/**
 * When an allowance of business time runs out, and why then (§2.3.2).
 *
 * @param start       when the clock started
 * @param allowed     the business time allowed
 * @param at          when the allowance runs out: inside or at the end of a working window; empty
 *                    while an open pause has stopped the clock before it ran out
 * @param counted     the business time counted up to {@code at}, or up to the open pause
 * @param explanation the windows counted, the closed days skipped and the pauses that stopped the
 *                    clock, each as a reason citing §2.3.2, first a summary
 */
public record DueTime(Instant start, Duration allowed, Optional<Instant> at, Duration counted,
                      List<Reason> explanation) {
    /** Requires every part. */
    public DueTime {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(allowed, "allowed");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(counted, "counted");
        explanation = List.copyOf(explanation);
    }

    /** Whether the clock stopped for good before the allowance ran out. */
    public boolean pausedIndefinitely() {
        return at.isEmpty();
    }
}
