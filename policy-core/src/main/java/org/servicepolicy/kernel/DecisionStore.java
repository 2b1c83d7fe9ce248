package org.servicepolicy.kernel;

import java.util.List;
import java.util.Optional;

/** Port: the append-only store of decisions. */
public interface DecisionStore {
    /** Stores a new decision; an existing identifier is a {@link ConflictException}. */
    void append(Decision decision);

    /** The decision with {@code id}. */
    Optional<Decision> find(DecisionId id);

    /** The decisions about {@code subject}, oldest first. */
    List<Decision> about(EmployeeId subject);
}
