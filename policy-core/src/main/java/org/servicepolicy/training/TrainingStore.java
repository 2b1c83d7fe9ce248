package org.servicepolicy.training;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: training sessions with optimistic locking, the assessments and HR's retake rulings
 * (append-only), and the sweep's marks (§4.1, §4.2).
 *
 * <p>The marks are kept apart from every version, so that marking never conflicts with recording
 * a session, and several sweeps (of one or several instances) can run at once: each key of an
 * employee is marked once.
 */
public interface TrainingStore {
    /** Stores a new session at version 1 and returns it; an existing id is a {@code ConflictException}. */
    TrainingSession addSession(TrainingSession session);

    /**
     * Replaces the stored session whose version is {@code session.version()} and returns it at
     * the next version; another version is a {@code ConflictException} (stale), none a
     * {@code NotFoundException}.
     */
    TrainingSession updateSession(TrainingSession session);

    /** The session with {@code id}. */
    Optional<TrainingSession> findSession(TrainingSessionId id);

    /** The sessions {@code employee} attends or trains, by start then id. */
    List<TrainingSession> sessionsOf(EmployeeId employee);

    /**
     * Stores an assessment and returns it; an existing id, or a second assessment of the same
     * employee at the same session, is a {@code ConflictException}.
     */
    TrainingAssessment addAssessment(TrainingAssessment assessment);

    /** The assessments of {@code employee}, oldest first (then by id). */
    List<TrainingAssessment> assessmentsOf(EmployeeId employee);

    /** Stores HR's ruling about exhausted retakes and returns it; an existing id is a {@code ConflictException}. */
    RetakeRuling addRuling(RetakeRuling ruling);

    /** HR's retake rulings about {@code employee}, oldest first (then by id). */
    List<RetakeRuling> rulingsOf(EmployeeId employee);

    /**
     * Marks {@code key} of {@code employee} at {@code at} unless it is marked already, by this
     * transaction or another, committed or not; answers whether this call marked it.
     */
    boolean markOnce(EmployeeId employee, String key, Instant at);

    /** When each marked key of {@code employee} was marked, by key. */
    Map<String, Instant> marked(EmployeeId employee);
}
