package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.service.ServiceRecordMark;
import org.servicepolicy.service.ServiceSweepResult;

/**
 * What one run of the service sweep recorded (§2.1.3, §2.1.4): only what this run marked.
 *
 * @param at         the instant swept for
 * @param marked     the shortfalls this run marked
 * @param findings   the findings they made
 * @param violations the violations those proposed
 */
public record ServiceSweepView(Instant at, List<Mark> marked, List<ServiceFindingView> findings,
                               List<FindingViolationView> violations) {
    /**
     * A shortfall marked once.
     *
     * @param serviceCaseId the case
     * @param standard      CASE_TIME or RETURN_VISIT
     * @param dueAt         the time that passed
     * @param markedAt      when it was marked
     */
    public record Mark(String serviceCaseId, ServiceStandard standard, Instant dueAt, Instant markedAt) {
        /** The view of {@code mark}. */
        public static Mark of(ServiceRecordMark mark) {
            return new Mark(mark.serviceCase().value(), mark.standard(), mark.dueAt(), mark.markedAt());
        }
    }

    /** The view of {@code result}. */
    public static ServiceSweepView of(ServiceSweepResult result) {
        return new ServiceSweepView(result.at(), result.marked().stream().map(Mark::of).toList(),
                result.findings().stream().map(ServiceFindingView::of).toList(),
                result.violations().stream().map(FindingViolationView::of).toList());
    }
}
