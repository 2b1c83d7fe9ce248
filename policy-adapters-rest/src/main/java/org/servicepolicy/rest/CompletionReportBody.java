package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.tasks.ReportCompletion;

/**
 * Body of {@code POST /api/v1/tasks/{id}/complete} (§3.1.3: self-check the result, report
 * completion and submit the result). The self-check has exactly one entry per requirement of the
 * terms in force; one that skips a requirement is refused citing §3.1.3.
 *
 * @param summary the result in words
 * @param checks  the self-check, one entry per requirement
 */
public record CompletionReportBody(String summary, List<SelfCheckBody> checks) {
    /** The core command; an entry sent as JSON {@code null} stays null for the core to report. */
    public ReportCompletion toCommand() {
        return new ReportCompletion(summary, checks == null ? null
                : checks.stream().map(c -> c == null ? null : c.toCommand()).toList());
    }
}
