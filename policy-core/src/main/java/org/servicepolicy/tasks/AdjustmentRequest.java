package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The assignee asked to change the task's deadline or requirements (§3.1.1: explain in advance,
 * propose a reasonable alternative, change only after the superior approves).
 *
 * @param number              the request's number on its task, from 1
 * @param requestedAt         when
 * @param newDeadline         the deadline asked for, if the deadline should change
 * @param newRequirements     the requirements asked for; empty when they should not change
 * @param reason              why the change is needed
 * @param proposedAlternative the alternative the assignee proposes
 * @param late                asked for less than the policy's notice before the deadline
 * @param policyVersion       the policy version that judged the notice
 * @param decision            what became of it; empty while pending
 */
public record AdjustmentRequest(int number, Instant requestedAt, Optional<Instant> newDeadline,
                                List<String> newRequirements, String reason, String proposedAlternative,
                                boolean late, String policyVersion, Optional<AdjustmentDecision> decision) {
    /** Requires every part and at least one change. */
    public AdjustmentRequest {
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(newDeadline, "newDeadline");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(proposedAlternative, "proposedAlternative");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(decision, "decision");
        newRequirements = List.copyOf(newRequirements);
        if (newDeadline.isEmpty() && newRequirements.isEmpty()) {
            throw new IllegalArgumentException("an adjustment changes the deadline, the requirements, or both");
        }
    }

    /** Whether it awaits a decision. */
    public boolean pending() {
        return decision.isEmpty();
    }

    /** Whether it was approved. */
    public boolean approved() {
        return decision.filter(d -> d.outcome() == AdjustmentOutcome.APPROVED).isPresent();
    }

    AdjustmentRequest decided(AdjustmentDecision how) {
        return new AdjustmentRequest(number, requestedAt, newDeadline, newRequirements, reason, proposedAlternative,
                late, policyVersion, Optional.of(how));
    }
}
