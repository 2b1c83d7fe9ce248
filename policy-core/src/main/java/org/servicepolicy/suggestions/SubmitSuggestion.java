package org.servicepolicy.suggestions;

import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: the acting employee submits a suggestion (§5.2.1). It checks itself when built,
 * listing every problem at once, so a command that exists is a valid one; the title and text are
 * kept without surrounding blanks.
 *
 * @param title a short title, at most 200 characters
 * @param text  the suggestion, at most 5000 characters
 * @param area  what it would improve
 */
public record SubmitSuggestion(String title, String text, SuggestionArea area) {
    /** The longest title. */
    public static final int TITLE_MAX = 200;
    /** The longest text. */
    public static final int TEXT_MAX = 5000;

    /**
     * Checks every field and strips the title and text.
     *
     * @throws InvalidInputException listing every problem
     */
    public SubmitSuggestion {
        new Inputs().notBlank(title, "title")
                .require(title == null || title.length() <= TITLE_MAX, "title",
                        "must be at most " + TITLE_MAX + " characters")
                .notBlank(text, "text")
                .require(text == null || text.length() <= TEXT_MAX, "text",
                        "must be at most " + TEXT_MAX + " characters")
                .present(area, "area")
                .throwIfAny();
        title = title.strip();
        text = text.strip();
    }
}
