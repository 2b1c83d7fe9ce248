package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.tasks.ProgressReport;

/**
 * A progress report (§3.1.2).
 *
 * @param number      the report's number on its task, from 1
 * @param at          when it was made
 * @param text        the progress in words
 * @param percentDone how much of the work is done, 0 to 100
 * @param blockers    the problems in the way; empty when there are none
 */
public record ProgressReportView(int number, Instant at, String text, int percentDone, List<String> blockers) {
    /** The view of {@code report}. */
    public static ProgressReportView of(ProgressReport report) {
        return new ProgressReportView(report.number(), report.at(), report.text(), report.percentDone(),
                report.blockers());
    }
}
