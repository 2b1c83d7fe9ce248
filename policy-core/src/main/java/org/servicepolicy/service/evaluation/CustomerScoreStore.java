package org.servicepolicy.service.evaluation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.servicepolicy.kernel.EmployeeId;

/** Port: the customer-score ledger (§2.3.3), append-only. */
public interface CustomerScoreStore {
    /** Stores a new score and returns it; an existing id is a {@code ConflictException}. */
    CustomerScore add(CustomerScore score);

    /**
     * The scores of {@code employees} given from {@code from} (inclusive) until {@code until}
     * (exclusive), read at once for all of them, by given instant then id.
     */
    List<CustomerScore> ofAll(Collection<EmployeeId> employees, Instant from, Instant until);
}
