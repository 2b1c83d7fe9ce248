package org.servicepolicy.service;

import java.util.List;
import java.util.Objects;

/**
 * The result of recording an observation (§2.3.1).
 *
 * @param observation the stored observation
 * @param findings    one finding per employee concerned by a nonconformity, in employee id order
 * @param violations  the violations the findings proposed, each with its linking decision
 */
public record RecordedObservation(Observation observation, List<ServiceFinding> findings,
                                  List<FindingViolation> violations) {
    /** Requires every part. */
    public RecordedObservation {
        Objects.requireNonNull(observation, "observation");
        findings = List.copyOf(findings);
        violations = List.copyOf(violations);
    }
}
