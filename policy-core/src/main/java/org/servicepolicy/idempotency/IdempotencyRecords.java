package org.servicepolicy.idempotency;

import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: the idempotency keys callers have used, one record per caller and key, kept until the
 * application deletes them. Every method takes part in the running transaction.
 */
public interface IdempotencyRecords {
    /** The record of {@code actor}'s {@code key}. */
    Optional<IdempotencyRecord> find(EmployeeId actor, String key);

    /**
     * Stores a new record. One that exists for the same actor and key, committed or written by a
     * transaction still running, is a {@link org.servicepolicy.kernel.ConflictException}
     * ({@code duplicate}); a store may wait for that other transaction to end before saying so.
     */
    void add(IdempotencyRecord record);

    /**
     * Stores {@code response} in the record of {@code actor}'s {@code key}, which has none yet.
     *
     * @throws org.servicepolicy.kernel.NotFoundException  when there is no such record
     * @throws org.servicepolicy.kernel.ConflictException ({@code illegal-transition}) when it has a
     *                                                    response already
     */
    void complete(EmployeeId actor, String key, String response);
}
