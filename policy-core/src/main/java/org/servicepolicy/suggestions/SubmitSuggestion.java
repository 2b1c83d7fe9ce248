package org.servicepolicy.suggestions;

/**
 * Command: the acting employee submits a suggestion (§5.2.1). Checked by
 * {@link SuggestionService#submit}, which lists every problem at once.
 *
 * @param title a short title, at most 200 characters
 * @param text  the suggestion, at most 5000 characters
 * @param area  what it would improve
 */
public record SubmitSuggestion(String title, String text, SuggestionArea area) {
}
