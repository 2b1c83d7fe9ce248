package org.servicepolicy.career;

import java.util.List;
import java.util.Optional;

/** Port: internal selections (§4.3.2) and their applications, with optimistic locking. */
public interface SelectionStore {
    /** Stores a new selection at version 1 and returns it; an existing id is a {@code ConflictException}. */
    Selection add(Selection selection);

    /**
     * Replaces the stored selection whose version is {@code selection.version()} and returns it at
     * the next version; another version is a {@code ConflictException} (stale), none a
     * {@code NotFoundException}.
     */
    Selection update(Selection selection);

    /** The selection with {@code id}. */
    Optional<Selection> find(SelectionId id);

    /** Every selection, newest opened first (then by id). */
    List<Selection> all();
}
