package org.servicepolicy.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a command before refusing it, so that callers see all of them at
 * once; {@link #throwIfAny()} raises one {@link InvalidInputException}.
 */
public final class Inputs {
    /** The longest free text the library keeps: a reason, a note, a description, a comment. */
    public static final int TEXT_MAX = 2000;

    private final List<FieldProblem> problems = new ArrayList<>();

    /** Records a problem with {@code field} when {@code condition} is false. */
    public Inputs require(boolean condition, String field, String message) {
        if (!condition) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    /** Records that {@code field} is missing when {@code value} is null. */
    public Inputs present(Object value, String field) {
        return require(value != null, field, "is required");
    }

    /** Records a problem when {@code value} is null or blank. */
    public Inputs notBlank(String value, String field) {
        return require(value != null && !value.isBlank(), field, "must not be blank");
    }

    /** Records a problem when {@code value} is null, blank or longer than {@link #TEXT_MAX}. */
    public Inputs text(String value, String field) {
        return notBlank(value, field).optionalText(value, field);
    }

    /** Records a problem when {@code value} is longer than {@link #TEXT_MAX}; absent is fine. */
    public Inputs optionalText(String value, String field) {
        return require(value == null || value.length() <= TEXT_MAX, field,
                "must be at most " + TEXT_MAX + " characters");
    }

    /** Whether a problem was recorded. */
    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws {@link InvalidInputException} listing the problems, if any were recorded. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
