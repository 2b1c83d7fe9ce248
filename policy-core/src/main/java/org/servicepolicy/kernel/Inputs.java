package org.servicepolicy.kernel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
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

    /** Records a problem when {@code value} is null or blank, or holds text no store can keep. */
    public Inputs notBlank(String value, String field) {
        return require(value != null && !value.isBlank(), field, "must not be blank").storable(value, field);
    }

    /**
     * Records a problem when {@code value} holds text that cannot be stored as written (see
     * {@link #isStorable}); absent is fine.
     */
    public Inputs storable(String value, String field) {
        return require(value == null || isStorable(value), field,
                "must not contain the NUL character (U+0000) or a lone UTF-16 surrogate");
    }

    /**
     * Whether every store keeps {@code text} exactly: no NUL character (PostgreSQL refuses it in
     * text) and no lone UTF-16 surrogate (it is no character at all, and is stored as {@code ?}).
     */
    public static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records a problem when {@code amount}, entered in {@code currency}, is out of bounds (see
     * {@link Money#problemWithEntered}) or not positive; absent is fine.
     */
    public Inputs positiveAmount(BigDecimal amount, Currency currency, String field) {
        if (amount == null) {
            return this;
        }
        var problem = Money.problemWithEntered(amount, currency);
        if (problem.isPresent()) {
            return require(false, field, problem.get());
        }
        return require(amount.signum() > 0, field, "must be positive");
    }

    /** Records a problem when {@code value} is null, blank, unstorable or longer than {@link #TEXT_MAX}. */
    public Inputs text(String value, String field) {
        return notBlank(value, field).require(value == null || value.length() <= TEXT_MAX, field,
                "must be at most " + TEXT_MAX + " characters");
    }

    /** Records a problem when {@code value} is longer than {@link #TEXT_MAX}; absent is fine. */
    public Inputs optionalText(String value, String field) {
        return require(value == null || value.length() <= TEXT_MAX, field,
                "must be at most " + TEXT_MAX + " characters").storable(value, field);
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
