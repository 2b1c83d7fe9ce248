package org.servicepolicy.suggestions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;

/**
 * An employee's suggestion to improve management, rules or processes (§5.2.1).
 *
 * @param id       identifier
 * @param author   who suggested it
 * @param title    a short title
 * @param text     the suggestion
 * @param area     what it would improve
 * @param reviewer who reviews it, once HR has assigned someone
 * @param history  every status entered, oldest first; the first is SUBMITTED
 * @param version  optimistic-locking version, 0 before the first save
 */
public record Suggestion(SuggestionId id, EmployeeId author, String title, String text, SuggestionArea area,
                         Optional<EmployeeId> reviewer, List<SuggestionTransition> history, long version) {
    /** Requires every part and a history that starts with SUBMITTED. */
    public Suggestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(reviewer, "reviewer");
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(0).status() != SuggestionStatus.SUBMITTED) {
            throw new IllegalArgumentException("a suggestion's history starts with SUBMITTED");
        }
    }

    /** The current status: the last one entered. */
    public SuggestionStatus status() {
        return history.get(history.size() - 1).status();
    }

    /** When it was submitted. */
    public Instant submittedAt() {
        return history.get(0).at();
    }

    /**
     * This suggestion moved to {@code status}, with {@code reviewer} as its reviewer.
     *
     * @throws ConflictException when the lifecycle does not allow the move
     */
    public Suggestion moveTo(SuggestionStatus status, Instant at, EmployeeId by, Optional<String> note,
                             Optional<EmployeeId> newReviewer) {
        if (!status().next().contains(status)) {
            throw ConflictException.illegalTransition("suggestion", id, status(), status.verb());
        }
        var more = new ArrayList<>(history);
        more.add(new SuggestionTransition(status, at, by, note));
        return new Suggestion(id, author, title, text, area, newReviewer, more, version);
    }
}
