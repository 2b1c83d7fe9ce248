package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.service.ServiceCaseResult;

/**
 * The answer to a command on a service case (§2.1.3, §2.1.4): the case, the findings it made in
 * the handler's record, and the violations they proposed (§2.3.1, §3.3.3).
 *
 * @param serviceCase the case as stored
 * @param findings    the findings made, if any
 * @param violations  the violations they proposed
 */
public record ServiceCaseResultView(ServiceCaseView serviceCase, List<ServiceFindingView> findings,
                                    List<FindingViolationView> violations) {
    /** The view of {@code result}. */
    public static ServiceCaseResultView of(ServiceCaseResult result) {
        return new ServiceCaseResultView(ServiceCaseView.of(result.serviceCase()),
                result.findings().stream().map(ServiceFindingView::of).toList(),
                result.violations().stream().map(FindingViolationView::of).toList());
    }
}
