package org.servicepolicy.feedback;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.service.FindingViolation;
import org.servicepolicy.service.ServiceFinding;
import org.servicepolicy.service.evaluation.CustomerScore;

/**
 * What ruling on an item did (§2.3.2, §2.3.1): the item as stored, the findings a justified
 * complaint made and the violations they proposed, the customer scores a confirmed praise gave.
 *
 * @param item       the item
 * @param findings   one finding per employee a justified complaint names
 * @param violations the violations the findings proposed
 * @param scores     one score per employee a confirmed praise concerns
 */
public record FeedbackResult(FeedbackItem item, List<ServiceFinding> findings, List<FindingViolation> violations,
                             List<CustomerScore> scores) {
    /** Requires every part. */
    public FeedbackResult {
        Objects.requireNonNull(item, "item");
        findings = List.copyOf(findings);
        violations = List.copyOf(violations);
        scores = List.copyOf(scores);
    }
}
