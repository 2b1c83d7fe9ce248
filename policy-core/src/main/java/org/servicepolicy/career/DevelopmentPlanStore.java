package org.servicepolicy.career;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/** Port: development plans (§4.3.1), with optimistic locking. */
public interface DevelopmentPlanStore {
    /** Stores a new plan at version 1 and returns it; an existing id is a {@code ConflictException}. */
    DevelopmentPlan add(DevelopmentPlan plan);

    /**
     * Replaces the stored plan whose version is {@code plan.version()} and returns it at the next
     * version; another version is a {@code ConflictException} (stale), none a {@code NotFoundException}.
     */
    DevelopmentPlan update(DevelopmentPlan plan);

    /** The plan with {@code id}. */
    Optional<DevelopmentPlan> find(DevelopmentPlanId id);

    /** The plans of {@code employee}, oldest first (then by id). */
    List<DevelopmentPlan> ofEmployee(EmployeeId employee);
}
