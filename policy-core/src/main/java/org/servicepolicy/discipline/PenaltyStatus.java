package org.servicepolicy.discipline;

import java.util.EnumSet;
import java.util.Set;

/**
 * The penalty lifecycle (§3.3.3): PROPOSED → ISSUED or WITHDRAWN; ISSUED → APPEALED;
 * APPEALED → UPHELD or REVOKED (HR's appeal decision). WITHDRAWN and REVOKED are final. Approved
 * leave that voids the violation (§3.2.2) withdraws a proposal and revokes a penalty in force,
 * even an upheld one: the only moves out of ISSUED and UPHELD besides the appeal.
 */
public enum PenaltyStatus {
    PROPOSED, ISSUED, WITHDRAWN, APPEALED, UPHELD, REVOKED;

    /** The statuses reachable from this one. */
    public Set<PenaltyStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(ISSUED, WITHDRAWN);
            case ISSUED -> EnumSet.of(APPEALED, REVOKED);
            case APPEALED -> EnumSet.of(UPHELD, REVOKED);
            case UPHELD -> EnumSet.of(REVOKED);
            case WITHDRAWN, REVOKED -> EnumSet.noneOf(PenaltyStatus.class);
        };
    }

    /** The verb that moves a penalty into this status, for messages. */
    public String verb() {
        return switch (this) {
            case PROPOSED -> "propose";
            case ISSUED -> "issue";
            case WITHDRAWN -> "withdraw";
            case APPEALED -> "appeal";
            case UPHELD -> "uphold";
            case REVOKED -> "revoke";
        };
    }

    /** Whether the penalty binds the employee: issued, under appeal, or upheld. */
    public boolean inForce() {
        return this == ISSUED || this == APPEALED || this == UPHELD;
    }
}
