package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A progress report (§3.1.2: report progress regularly and raise problems).
 *
 * @param number      the report's number on its task, from 1
 * @param at          when it was made
 * @param text        the progress in words
 * @param percentDone how much of the work is done, 0 to 100
 * @param blockers    the problems in the way; empty when there are none
 */
public record ProgressReport(int number, Instant at, String text, int percentDone, List<String> blockers) {
    /** Requires every part and a percentage between 0 and 100. */
    public ProgressReport {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        blockers = List.copyOf(blockers);
        if (percentDone < 0 || percentDone > 100) {
            throw new IllegalArgumentException("percentDone is between 0 and 100: " + percentDone);
        }
    }
}
