package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.tasks.CompletionReport;

/**
 * A completion report with the submitted result (§3.1.3).
 *
 * @param number             the report's number on its task, from 1; rework leads to further reports
 * @param submittedAt        when
 * @param termsVersion       the terms version the result was checked against
 * @param summary            the result in words
 * @param checks             the self-check, one entry per requirement of those terms, in requirement order
 * @param late               submitted after those terms' deadline
 * @param allRequirementsMet whether the assignee found every requirement met
 */
public record CompletionReportView(int number, Instant submittedAt, int termsVersion, String summary,
                                   List<RequirementCheckView> checks, boolean late, boolean allRequirementsMet) {
    /** The view of {@code report}. */
    public static CompletionReportView of(CompletionReport report) {
        return new CompletionReportView(report.number(), report.submittedAt(), report.termsVersion(), report.summary(),
                report.checks().stream().map(RequirementCheckView::of).toList(), report.late(),
                report.allRequirementsMet());
    }
}
