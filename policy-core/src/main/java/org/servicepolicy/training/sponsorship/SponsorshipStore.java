package org.servicepolicy.training.sponsorship;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/** Port: requests for the sponsorship of external training (§4.1.2), with optimistic locking. */
public interface SponsorshipStore {
    /** Stores a new request at version 1 and returns it; an existing id is a {@code ConflictException}. */
    Sponsorship add(Sponsorship sponsorship);

    /**
     * Replaces the stored request whose version is {@code sponsorship.version()} and returns it at
     * the next version; another version is a {@code ConflictException} (stale), none a
     * {@code NotFoundException}.
     */
    Sponsorship update(Sponsorship sponsorship);

    /** The request with {@code id}. */
    Optional<Sponsorship> find(SponsorshipId id);

    /** The requests of {@code employee}, oldest first (then by id). */
    List<Sponsorship> ofEmployee(EmployeeId employee);

    /** The requests waiting for HR's decision, oldest first (then by id). */
    List<Sponsorship> requested();
}
