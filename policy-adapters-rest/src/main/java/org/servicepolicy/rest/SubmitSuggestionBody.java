package org.servicepolicy.rest;

import org.servicepolicy.suggestions.SubmitSuggestion;
import org.servicepolicy.suggestions.SuggestionArea;

/**
 * Body of {@code POST /api/v1/suggestions} (§5.2.1).
 *
 * @param title a short title, at most 200 characters
 * @param text  the suggestion, at most 5000 characters
 * @param area  what it would improve: MANAGEMENT, RULES or PROCESSES
 */
public record SubmitSuggestionBody(String title, String text, SuggestionArea area) {
    /** The core command. */
    public SubmitSuggestion toCommand() {
        return new SubmitSuggestion(title, text, area);
    }
}
