package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;

/**
 * Port: items of customer feedback (§2.3.2) with optimistic locking, and the checkpoints of
 * their clocks that the sweep fires.
 *
 * <p>The checkpoints and their fired marks are kept apart from the item's version, so that firing
 * never conflicts with handling the item, and several sweeps (of one or several instances) can
 * run at once: each key of an item fires once.
 */
public interface FeedbackStore {
    /** Stores a new item at version 1 and returns it; an existing id is a {@code ConflictException}. */
    FeedbackItem add(FeedbackItem item);

    /**
     * Replaces the stored item whose version is {@code item.version()} and returns it at the next
     * version; another version is a {@code ConflictException} (stale), none a {@code NotFoundException}.
     */
    FeedbackItem update(FeedbackItem item);

    /** The item with {@code id}. */
    Optional<FeedbackItem> find(FeedbackItemId id);

    /** The item whose tracking token hashes to {@code trackingTokenHash}. */
    Optional<FeedbackItem> findByTokenHash(String trackingTokenHash);

    /** The items routed to {@code department}, oldest first (then by id). */
    List<FeedbackItem> ofDepartment(DepartmentId department);

    /** Every item, oldest first (then by id). */
    List<FeedbackItem> all();

    /**
     * Replaces the unfired checkpoints of {@code item} by {@code checkpoints}, leaving out any
     * whose key has fired already: a fired key is never scheduled again.
     */
    void schedule(FeedbackItemId item, List<FeedbackCheckpoint> checkpoints);

    /** The unfired checkpoints of {@code item}, by time then key. */
    List<FeedbackCheckpoint> scheduled(FeedbackItemId item);

    /** The items with an unfired checkpoint at or before {@code asOf}, by their earliest such checkpoint then id. */
    List<FeedbackItemId> dueCheckpoints(Instant asOf);

    /**
     * Marks {@code key} of {@code item} fired at {@code at} unless it is fired already, by this
     * transaction or another, committed or not; answers whether this call fired it. It is no
     * longer scheduled either way.
     */
    boolean fireOnce(FeedbackItemId item, String key, Instant at);

    /** When each fired key of {@code item} fired, by key. */
    Map<String, Instant> fired(FeedbackItemId item);
}
