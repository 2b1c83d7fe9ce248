package org.servicepolicy.kernel;

import java.util.List;
import java.util.Optional;

/** Port: the append-only store of decisions. */
public interface DecisionStore {
    /** Stores a new decision; an existing identifier is a {@link ConflictException}. */
    void append(Decision decision);

    /**
     * Stores new decisions in order, as {@link #append} would one by one; an existing identifier
     * is a {@link ConflictException}. An adapter that can write them in one round trip overrides
     * this (a finalised cycle appends one decision per employee).
     */
    default void appendAll(List<Decision> decisions) {
        decisions.forEach(this::append);
    }

    /** The decision with {@code id}. */
    Optional<Decision> find(DecisionId id);

    /** The decisions about {@code subject}, oldest first. */
    List<Decision> about(EmployeeId subject);
}
