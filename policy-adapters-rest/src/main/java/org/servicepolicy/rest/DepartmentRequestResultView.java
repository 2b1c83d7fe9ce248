package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.service.DepartmentRequestResult;

/**
 * The answer to answering a request from another department (§2.2.1): the request, the finding a
 * late reply made in the responsible employee's record, and the violations it proposed.
 *
 * @param request    the request as stored
 * @param findings   the finding made, if any
 * @param violations the violations it proposed
 */
public record DepartmentRequestResultView(DepartmentRequestView request, List<ServiceFindingView> findings,
                                          List<FindingViolationView> violations) {
    /** The view of {@code result}. */
    public static DepartmentRequestResultView of(DepartmentRequestResult result) {
        return new DepartmentRequestResultView(DepartmentRequestView.of(result.request()),
                result.findings().stream().map(ServiceFindingView::of).toList(),
                result.violations().stream().map(FindingViolationView::of).toList());
    }
}
