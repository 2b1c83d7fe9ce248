package org.servicepolicy.service;

import java.util.List;
import java.util.Objects;

/**
 * What a command on a service case did (§2.1.3, §2.1.4): the case as stored, the findings it made
 * in the handler's record, and the violations those proposed.
 *
 * @param serviceCase the case
 * @param findings    the findings made, if any
 * @param violations  the violations they proposed, each with its linking decision
 */
public record ServiceCaseResult(ServiceCase serviceCase, List<ServiceFinding> findings,
                                List<FindingViolation> violations) {
    /** Requires every part. */
    public ServiceCaseResult {
        Objects.requireNonNull(serviceCase, "serviceCase");
        findings = List.copyOf(findings);
        violations = List.copyOf(violations);
    }
}
