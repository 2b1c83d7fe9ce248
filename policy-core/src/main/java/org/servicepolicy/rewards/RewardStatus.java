package org.servicepolicy.rewards;

import java.util.EnumSet;
import java.util.Set;

/**
 * The reward lifecycle: PROPOSED → APPROVED (HR) → GRANTED; PROPOSED or APPROVED → REJECTED
 * with a reason. GRANTED and REJECTED are final.
 */
public enum RewardStatus {
    PROPOSED, APPROVED, GRANTED, REJECTED;

    /** The statuses reachable from this one. */
    public Set<RewardStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(GRANTED, REJECTED);
            case GRANTED, REJECTED -> EnumSet.noneOf(RewardStatus.class);
        };
    }

    /** The verb that moves a reward into this status, for messages. */
    public String verb() {
        return switch (this) {
            case PROPOSED -> "propose";
            case APPROVED -> "approve";
            case GRANTED -> "grant";
            case REJECTED -> "reject";
        };
    }
}
