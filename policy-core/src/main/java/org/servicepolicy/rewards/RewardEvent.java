package org.servicepolicy.rewards;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.RewardKind;

/** Events of rewards (§3.3.2). */
public sealed interface RewardEvent extends DomainEvent {
    /** The reward the event is about. */
    RewardId reward();

    /**
     * A reward entered a status of its lifecycle: RewardProposed, RewardApproved, RewardGranted or
     * RewardRejected.
     *
     * @param reward     which
     * @param employee   who earns it
     * @param ruleId     the policy's reward rule that gives it
     * @param kinds      the rewards it gives
     * @param status     the status entered
     * @param occurredAt when
     */
    record RewardStatusChanged(RewardId reward, EmployeeId employee, String ruleId, Set<RewardKind> kinds,
                               RewardStatus status, Instant occurredAt) implements RewardEvent {
        /** Requires every part and at least one kind, kept in their declared order. */
        public RewardStatusChanged {
            Objects.requireNonNull(reward, "reward");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(ruleId, "ruleId");
            kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        /** The event of {@code reward} entering its current status at {@code at}. */
        static RewardStatusChanged of(Reward reward, Instant at) {
            return new RewardStatusChanged(reward.id(), reward.employee(), reward.ruleId(), reward.kinds(),
                    reward.status(), at);
        }

        @Override
        public String type() {
            return "Reward" + switch (status) {
                case PROPOSED -> "Proposed";
                case APPROVED -> "Approved";
                case GRANTED -> "Granted";
                case REJECTED -> "Rejected";
            };
        }

        @Override
        public String aggregateId() {
            return reward.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "ruleId", ruleId,
                    "kinds", kinds.stream().map(Enum::name).collect(Collectors.joining(",")), "status", status.name());
        }
    }
}
