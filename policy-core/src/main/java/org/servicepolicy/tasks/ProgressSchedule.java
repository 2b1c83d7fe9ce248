package org.servicepolicy.tasks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * §3.1.2: progress is reported regularly. Pure: the same task, zone and instant always give the
 * same periods.
 *
 * <p>A task with a progress interval has report periods from its first acceptance: period
 * {@code n} runs from acceptance + (n-1) intervals, inclusive, to acceptance + n intervals,
 * exclusive, counted in the company's zone. A report was due in a period that ended, by
 * {@code asOf}, while the task was IN_PROGRESS; a period that ended while the task awaited
 * review, or after it was finished, asked for nothing. A due period without a report in it is
 * a missed report.
 */
public final class ProgressSchedule {
    private ProgressSchedule() {
    }

    /** The periods of {@code task} in which a report was due, by {@code asOf}, oldest first. */
    public static List<ReportPeriod> due(Task task, ZoneId zone, Instant asOf) {
        var periods = new ArrayList<ReportPeriod>();
        if (task.progressInterval().isEmpty() || task.acceptedAt().isEmpty()) {
            return periods;
        }
        var interval = task.progressInterval().get();
        var accepted = task.acceptedAt().get().atZone(zone);
        var until = task.status().finished() && task.lastMovedAt().isBefore(asOf) ? task.lastMovedAt() : asOf;
        var start = accepted.toInstant();
        for (int n = 1; ; n++) {
            var end = accepted.plus(interval.multipliedBy(n)).toInstant();
            if (end.isAfter(until)) {
                return periods;
            }
            if (task.statusAt(end) == TaskStatus.IN_PROGRESS) {
                var from = start;
                var reports = task.progressReports().stream()
                        .filter(r -> !r.at().isBefore(from) && r.at().isBefore(end))
                        .map(ProgressReport::number)
                        .toList();
                periods.add(new ReportPeriod(n, start, end, reports));
            }
            start = end;
        }
    }
}
