package org.servicepolicy.rewards;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: rewards, with optimistic locking. Adding a reward whose id or {@link RewardKey} exists is
 * a {@code ConflictException} (duplicate).
 */
public interface RewardStore {
    /** Stores a new reward at version 1 and returns it. */
    Reward add(Reward reward);

    /** Replaces the reward stored at {@code reward.version()}; returns it at the next version. */
    Reward update(Reward reward);

    /** The reward with {@code id}. */
    Optional<Reward> find(RewardId id);

    /** The reward with natural key {@code key}. */
    Optional<Reward> find(RewardKey key);

    /** The rewards of {@code employee}, oldest proposal first. */
    List<Reward> of(EmployeeId employee);

    /** Every reward, oldest proposal first (then by id). */
    List<Reward> all();
}
