package org.servicepolicy.suggestions;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * One step of a suggestion's history.
 *
 * @param status the status entered
 * @param at     when
 * @param by     who moved it
 * @param note   the reviewer assigned, the reason for declining, or the adoption note
 */
public record SuggestionTransition(SuggestionStatus status, Instant at, EmployeeId by, Optional<String> note) {
    /** Requires every part. */
    public SuggestionTransition {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(note, "note");
    }
}
