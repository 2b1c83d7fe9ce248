package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.service.ServiceReportRuled;

/**
 * The answer to a ruling on a service report (§2.3.1).
 *
 * @param report     the report as ruled
 * @param decision   the ruling, with its reasons, about the reporter
 * @param finding    the finding a confirmed report about a colleague entered in their record, if any
 * @param violations the violation that finding proposed (§3.3.3), if it did
 * @param rewards    the rewards proposed for the reporter
 */
public record ServiceReportRuledView(ServiceReportView report, DecisionView decision, ServiceFindingView finding,
                                     List<FindingViolationView> violations, List<RewardView> rewards) {
    /** The view of {@code ruled}. */
    public static ServiceReportRuledView of(ServiceReportRuled ruled) {
        return new ServiceReportRuledView(ServiceReportView.of(ruled.report()), DecisionView.of(ruled.decision()),
                ruled.finding().map(ServiceFindingView::of).orElse(null),
                ruled.violations().stream().map(FindingViolationView::of).toList(),
                ruled.rewards().stream().map(RewardView::of).toList());
    }
}
