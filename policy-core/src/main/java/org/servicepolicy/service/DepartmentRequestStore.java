package org.servicepolicy.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;

/**
 * Port: requests between departments (§2.2.1), with optimistic locking, and the mark that makes a
 * late reply a finding once.
 *
 * <p>The mark is kept apart from the request's version, so that marking never conflicts with an
 * answer, and several sweeps (of one or several instances) can run at once.
 */
public interface DepartmentRequestStore {
    /** Stores a new request at version 1 and returns it; an existing id is a {@code ConflictException}. */
    DepartmentRequest add(DepartmentRequest request);

    /**
     * Replaces the stored request whose version is {@code request.version()} and returns it at the
     * next version; another version is a {@code ConflictException} (stale), none a {@code NotFoundException}.
     */
    DepartmentRequest update(DepartmentRequest request);

    /** The request with {@code id}. */
    Optional<DepartmentRequest> find(DepartmentRequestId id);

    /** The requests sent from {@code department} or addressed to it, oldest first (then by id). */
    List<DepartmentRequest> ofDepartment(DepartmentId department);

    /** The requests still open after their due time as of {@code asOf} and not marked yet, oldest first. */
    List<DepartmentRequest> dueForSweep(Instant asOf);

    /**
     * Marks {@code request} late at {@code markedAt} unless it is marked already, by this
     * transaction or another, committed or not; answers whether this call marked it.
     */
    boolean markOnce(DepartmentRequestId request, Instant markedAt);

    /** When {@code request} was marked late; empty while it is not. */
    Optional<Instant> markedAt(DepartmentRequestId request);
}
