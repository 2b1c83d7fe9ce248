package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.suggestions.Suggestion;
import org.servicepolicy.suggestions.SuggestionArea;
import org.servicepolicy.suggestions.SuggestionStatus;

/**
 * An employee's suggestion (§5.2.1) and its lifecycle: SUBMITTED, UNDER_REVIEW by a reviewer HR
 * assigned, then ADOPTED (which proposes a reward) or DECLINED with a reason.
 *
 * @param id          identifier
 * @param authorId    who suggested it
 * @param title       a short title
 * @param text        the suggestion
 * @param area        MANAGEMENT, RULES or PROCESSES
 * @param status      SUBMITTED, UNDER_REVIEW, ADOPTED or DECLINED
 * @param reviewerId  who reviews it, once assigned
 * @param submittedAt when it was submitted
 * @param history     every status entered, oldest first
 * @param version     the record's version
 */
public record SuggestionView(String id, String authorId, String title, String text, SuggestionArea area,
                             SuggestionStatus status, String reviewerId, Instant submittedAt,
                             List<SuggestionTransitionView> history, long version) {
    /** The view of {@code suggestion}. */
    public static SuggestionView of(Suggestion suggestion) {
        return new SuggestionView(suggestion.id().value(), suggestion.author().value(), suggestion.title(),
                suggestion.text(), suggestion.area(), suggestion.status(),
                suggestion.reviewer().map(EmployeeId::value).orElse(null), suggestion.submittedAt(),
                suggestion.history().stream().map(SuggestionTransitionView::of).toList(), suggestion.version());
    }
}
