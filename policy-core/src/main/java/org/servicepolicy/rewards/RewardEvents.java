package org.servicepolicy.rewards;

import java.time.Instant;
import java.util.Map;
import org.servicepolicy.kernel.DomainEvent;

/** Events of rewards (§3.3.2). */
public final class RewardEvents {
    private RewardEvents() {
    }

    /** A reward entered a status of its lifecycle (RewardProposed, RewardApproved, ...). */
    public record RewardStatusChanged(String rewardId, String employeeId, String ruleId, String kinds, String status,
                                      Instant occurredAt) implements DomainEvent {
        @Override
        public String type() {
            return "Reward" + status.charAt(0) + status.substring(1).toLowerCase();
        }

        @Override
        public String aggregateId() {
            return rewardId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employeeId, "ruleId", ruleId, "kinds", kinds, "status", status);
        }
    }
}
