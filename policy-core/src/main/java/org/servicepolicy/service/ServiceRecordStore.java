package org.servicepolicy.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: service cases with their return trips and return visits (§2.1.3, §2.1.4), with
 * optimistic locking, and the marks that make each shortfall a finding once.
 *
 * <p>Marks are kept apart from the case, so that marking never conflicts with a change of the
 * case, and several sweeps (of one or several instances) can run at once.
 */
public interface ServiceRecordStore {
    /** Stores a new case at version 1 and returns it; an existing id is a {@code ConflictException}. */
    ServiceCase add(ServiceCase serviceCase);

    /**
     * Replaces the stored case whose version is {@code serviceCase.version()} and returns it at
     * the next version; another version is a {@code ConflictException} (stale), no case a
     * {@code NotFoundException}.
     */
    ServiceCase update(ServiceCase serviceCase);

    /** The case with {@code id}. */
    Optional<ServiceCase> find(ServiceCaseId id);

    /** The cases {@code handler} handles, oldest opening first (then by id). */
    List<ServiceCase> handledBy(EmployeeId handler);

    /**
     * The cases with a shortfall due by {@code asOf} and not marked yet, oldest opening first
     * (then by id): still open after their due time, or finished with the return visit still owed
     * after its due time. The sweep's work, read in one query.
     */
    List<ServiceCase> dueForSweep(Instant asOf);

    /**
     * Records {@code mark} unless a mark with the same key is recorded already, by this
     * transaction or another, committed or not; answers whether this call recorded it. Two
     * transactions that mark the same key at once: one records it, the other answers
     * {@code false} once the first commits.
     */
    boolean markOnce(ServiceRecordMark mark);

    /** The marks of {@code serviceCase}, in the order made. */
    List<ServiceRecordMark> marks(ServiceCaseId serviceCase);
}
