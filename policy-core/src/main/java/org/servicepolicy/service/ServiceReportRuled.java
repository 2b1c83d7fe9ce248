package org.servicepolicy.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.rewards.Reward;

/**
 * The result of ruling on a peer service problem report (§2.3.1).
 *
 * @param report     the report as ruled
 * @param decision   the ruling, with its reasons, about the reporter
 * @param finding    the finding a confirmed report about a colleague entered in their record
 * @param violations the violation that finding proposed, with its linking decision, if it did
 * @param rewards    the rewards the confirmation proposed for the reporter
 */
public record ServiceReportRuled(ServiceReport report, Decision decision, Optional<ServiceFinding> finding,
                                 List<FindingViolation> violations, List<Reward> rewards) {
    /** Requires every part. */
    public ServiceReportRuled {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(finding, "finding");
        violations = List.copyOf(violations);
        rewards = List.copyOf(rewards);
    }
}
