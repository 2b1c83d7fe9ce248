package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.tasks.ReportProgress;

/**
 * Body of {@code POST /api/v1/tasks/{id}/progress} (§3.1.2: report progress regularly and raise
 * problems).
 *
 * @param text        the progress in words
 * @param percentDone how much of the work is done, 0 to 100
 * @param blockers    the problems in the way; omitted for none
 */
public record ProgressReportBody(String text, Integer percentDone, List<String> blockers) {
    /** The core command. */
    public ReportProgress toCommand() {
        return new ReportProgress(text, percentDone, blockers);
    }
}
