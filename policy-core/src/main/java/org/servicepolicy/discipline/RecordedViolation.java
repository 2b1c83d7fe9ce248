package org.servicepolicy.discipline;

import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Decision;

/**
 * The result of recording a violation: the violation, the penalty the ladder proposed (if the
 * points reach a step), and the stored decisions that explain them.
 *
 * @param violation            the stored violation
 * @param penalty              the proposed penalty
 * @param proposal             the ladder's decision (§3.3.3)
 * @param compensationDecision the compensation decision, for property damage (§3.2.2)
 */
public record RecordedViolation(Violation violation, Optional<Penalty> penalty, Decision proposal,
                                Optional<Decision> compensationDecision) {
    /** Requires every part. */
    public RecordedViolation {
        Objects.requireNonNull(violation, "violation");
        Objects.requireNonNull(penalty, "penalty");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(compensationDecision, "compensationDecision");
    }
}
