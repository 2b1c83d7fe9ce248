package org.servicepolicy.suggestions;

import java.util.List;
import java.util.Optional;

/** Port: employee suggestions, with optimistic locking. */
public interface SuggestionStore {
    /** Stores a new suggestion at version 1 and returns it; an existing id is a {@code ConflictException}. */
    Suggestion add(Suggestion suggestion);

    /** Replaces the suggestion stored at {@code suggestion.version()}; returns it at the next version. */
    Suggestion update(Suggestion suggestion);

    /** The suggestion with {@code id}. */
    Optional<Suggestion> find(SuggestionId id);

    /** Every suggestion, oldest first (then by id). */
    List<Suggestion> all();
}
