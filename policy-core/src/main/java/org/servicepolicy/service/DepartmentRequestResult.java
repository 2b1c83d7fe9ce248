package org.servicepolicy.service;

import java.util.List;
import java.util.Objects;

/**
 * What a command on a request between departments did (§2.2.1): the request as stored, the
 * finding a late reply made in the responsible employee's record, and the violation it proposed.
 *
 * @param request    the request
 * @param findings   the finding made, if any
 * @param violations the violations it proposed, each with its linking decision
 */
public record DepartmentRequestResult(DepartmentRequest request, List<ServiceFinding> findings,
                                      List<FindingViolation> violations) {
    /** Requires every part. */
    public DepartmentRequestResult {
        Objects.requireNonNull(request, "request");
        findings = List.copyOf(findings);
        violations = List.copyOf(violations);
    }
}
