package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.service.DepartmentRequestId;
import org.servicepolicy.service.DepartmentRequestSweepResult;

/**
 * What one sweep of requests between departments recorded (§2.2.1): only what this run marked.
 *
 * @param at                   the instant swept for
 * @param markedRequestIds     the requests this run marked as unanswered past due
 * @param findings             the findings they made
 * @param violations           the violations those proposed
 */
public record DepartmentRequestSweepView(Instant at, List<String> markedRequestIds, List<ServiceFindingView> findings,
                                         List<FindingViolationView> violations) {
    /** The view of {@code result}. */
    public static DepartmentRequestSweepView of(DepartmentRequestSweepResult result) {
        return new DepartmentRequestSweepView(result.at(),
                result.marked().stream().map(DepartmentRequestId::value).toList(),
                result.findings().stream().map(ServiceFindingView::of).toList(),
                result.violations().stream().map(FindingViolationView::of).toList());
    }
}
