package org.servicepolicy.discipline;

import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.policy.PenaltyStep;

/**
 * What the progressive ladder proposes for a new violation (§3.3.3).
 *
 * @param step   the step, or empty when the points reach none
 * @param points the points counted, the new violation's included
 * @param fine   the fine, for the FINE step
 */
public record LadderProposal(Optional<PenaltyStep> step, int points, Optional<Money> fine) {
    /** Requires every part. */
    public LadderProposal {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(fine, "fine");
    }

    /** The outcome as a decision records it: the step's name, or {@code NO_PENALTY}. */
    public String outcome() {
        return step.map(Enum::name).orElse("NO_PENALTY");
    }
}
