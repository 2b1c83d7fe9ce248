package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One progress-report period of a task that ended while the task was in progress, so a report
 * was due in it (§3.1.2).
 *
 * @param number  the period's number, from 1 at acceptance
 * @param start   its start, inclusive
 * @param end     its end, exclusive: a report was due before it
 * @param reports the numbers of the progress reports made in it
 */
public record ReportPeriod(int number, Instant start, Instant end, List<Integer> reports) {
    /** Requires every part. */
    public ReportPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        reports = List.copyOf(reports);
    }

    /** Whether no report was made in the period: a missed report. */
    public boolean missed() {
        return reports.isEmpty();
    }
}
