package org.servicepolicy.assessment;

import java.util.List;
import java.util.Optional;

/** Port: assessment cycles, with optimistic locking. */
public interface AssessmentCycleStore {
    /** Stores a new cycle at version 1 and returns it; an existing id is a {@code ConflictException}. */
    AssessmentCycle add(AssessmentCycle cycle);

    /** Replaces the cycle stored at {@code cycle.version()}; returns it at the next version. */
    AssessmentCycle update(AssessmentCycle cycle);

    /** The cycle with {@code id}. */
    Optional<AssessmentCycle> find(AssessmentCycleId id);

    /** Every cycle, by first day then id. */
    List<AssessmentCycle> all();
}
