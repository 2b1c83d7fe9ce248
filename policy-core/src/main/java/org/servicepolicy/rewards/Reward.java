package org.servicepolicy.rewards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardTrigger;

/**
 * A reward one rule of the policy gives for one achievement (§3.3.2), and its lifecycle.
 *
 * @param id         identifier
 * @param employee   who earns it
 * @param ruleId     the policy's reward rule
 * @param trigger    what earned it
 * @param source     the occurrence of the trigger
 * @param kinds      the rewards given
 * @param bonus      the bonus, when {@code kinds} holds BONUS
 * @param citation   the achievement in words, for the certificate and the commendation
 * @param decisionId the stored decision that proposed it
 * @param history    every status entered, oldest first; the first is PROPOSED
 * @param version    optimistic-locking version, 0 before the first save
 */
public record Reward(RewardId id, EmployeeId employee, String ruleId, RewardTrigger trigger, String source,
                     Set<RewardKind> kinds, Optional<Money> bonus, String citation, DecisionId decisionId,
                     List<RewardTransition> history, long version) {
    /** Requires every part, at least one kind, and a history that starts with PROPOSED. */
    public Reward {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(bonus, "bonus");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(decisionId, "decisionId");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a reward gives at least one kind");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(0).status() != RewardStatus.PROPOSED) {
            throw new IllegalArgumentException("a reward's history starts with PROPOSED");
        }
    }

    /** The natural key: one reward per rule and trigger occurrence. */
    public RewardKey key() {
        return new RewardKey(employee, ruleId, trigger, source);
    }

    /** The current status: the last one entered. */
    public RewardStatus status() {
        return history.get(history.size() - 1).status();
    }

    /** When it was proposed. */
    public Instant proposedAt() {
        return history.get(0).at();
    }

    /** The transition into {@code status}, if it happened. */
    public Optional<RewardTransition> entered(RewardStatus status) {
        return history.stream().filter(t -> t.status() == status).findFirst();
    }

    /**
     * This reward moved to {@code status}.
     *
     * @throws ConflictException when the lifecycle does not allow the move
     */
    public Reward moveTo(RewardStatus status, Instant at, EmployeeId by, Optional<String> reason) {
        if (!status().next().contains(status)) {
            throw ConflictException.illegalTransition("reward", id, status(), status.verb());
        }
        var more = new ArrayList<>(history);
        more.add(new RewardTransition(status, at, by, reason));
        return new Reward(id, employee, ruleId, trigger, source, kinds, bonus, citation, decisionId, more, version);
    }
}
