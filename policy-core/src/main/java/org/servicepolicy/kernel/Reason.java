package org.servicepolicy.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a decision's explanation: the clause applied, the rule that applied it, the step
 * in words and the facts it used.
 *
 * <p>A rule decides far more often than anyone reads why, so a reason may hold its message as a
 * {@link Text} and its facts as the values themselves, and render each the first time it is read
 * (once: the result is kept). A rendered reason and one given its message and facts as text are
 * the same value: equality, hash and {@link #toString()} use the rendered parts only, so a
 * decision read back from a store equals the one stored.
 */
public final class Reason {
    private final String clause;
    private final String ruleId;
    private final Text text;
    private final Object[] namesAndValues;
    private volatile String message;
    private volatile Map<String, String> facts;

    /**
     * A reason given as text.
     *
     * @param clause  the policy clause applied, e.g. {@code §3.3.3}
     * @param ruleId  the rule of the library that applied it, e.g. {@code discipline.ladder.points}
     * @param message the step in words
     * @param facts   the facts the step used, in the order they matter (names to printable values)
     */
    public Reason(String clause, String ruleId, String message, Map<String, String> facts) {
        this.clause = checked(clause);
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.message = Objects.requireNonNull(message, "message");
        var copy = new LinkedHashMap<String, String>();
        facts.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "fact name"), Objects.requireNonNull(v, "fact " + k)));
        this.facts = Collections.unmodifiableMap(copy);
        this.text = null;
        this.namesAndValues = null;
    }

    private Reason(String clause, String ruleId, Text text, Object[] namesAndValues) {
        this.clause = checked(clause);
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.text = Objects.requireNonNull(text, "message");
        this.namesAndValues = checkedPairs(namesAndValues).clone();
    }

    private static Object[] checkedPairs(Object[] namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts come in name/value pairs");
        }
        return namesAndValues;
    }

    /** A reason without facts. */
    public static Reason of(String clause, String ruleId, String message) {
        return new Reason(clause, ruleId, message, Map.of());
    }

    /**
     * A reason with facts given as alternating names and values, each rendered now with
     * {@link String#valueOf(Object)} (a {@link Text} by rendering it).
     */
    public static Reason of(String clause, String ruleId, String message, Object... namesAndValues) {
        return new Reason(clause, ruleId, message, render(checkedPairs(namesAndValues)));
    }

    /**
     * A reason whose message and facts are rendered when first read: the facts as alternating
     * names and values, rendered as in {@link #of(String, String, String, Object...)}. The message
     * and the values must be immutable, so that they read the same whenever they are rendered.
     */
    public static Reason of(String clause, String ruleId, Text message, Object... namesAndValues) {
        return new Reason(clause, ruleId, message, namesAndValues);
    }

    /** {@code text} as a fact value rendered when the facts are first read, for a value costly to print. */
    public static Text later(Text text) {
        return Objects.requireNonNull(text, "text");
    }

    /** The policy clause applied, e.g. {@code §3.3.3}. */
    public String clause() {
        return clause;
    }

    /** The rule of the library that applied it, e.g. {@code discipline.ladder.points}. */
    public String ruleId() {
        return ruleId;
    }

    /** The step in words, rendered on first read. */
    public String message() {
        var rendered = message;
        if (rendered == null) {
            // Racing readers render the same text from the same immutable values: either copy may win.
            rendered = Objects.requireNonNull(text.render(), "message");
            message = rendered;
        }
        return rendered;
    }

    /** The facts the step used, in the order they matter (names to printable values), rendered on first read. */
    public Map<String, String> facts() {
        var rendered = facts;
        if (rendered == null) {
            rendered = Collections.unmodifiableMap(render(namesAndValues));
            facts = rendered;
        }
        return rendered;
    }

    private static LinkedHashMap<String, String> render(Object[] namesAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(String.valueOf(namesAndValues[i]), printable(namesAndValues[i + 1]));
        }
        return map;
    }

    private static String printable(Object value) {
        return value instanceof Text later ? later.render() : String.valueOf(value);
    }

    /** Whether {@code clause} reads like {@code §3.3.3}: the section sign, then dot-separated numbers. */
    private static String checked(String clause) {
        Objects.requireNonNull(clause, "clause");
        boolean digitLast = false;
        boolean wellFormed = clause.length() > 1 && clause.charAt(0) == '§';
        for (int i = 1; wellFormed && i < clause.length(); i++) {
            char c = clause.charAt(i);
            if (c >= '0' && c <= '9') {
                digitLast = true;
            } else if (c == '.' && digitLast) {
                digitLast = false;
            } else {
                wellFormed = false;
            }
        }
        if (!wellFormed || !digitLast) {
            throw new IllegalArgumentException("clause must look like §3.3.3: " + clause);
        }
        return clause;
    }

    /** Equal when the clause, rule, rendered message and rendered facts are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Reason that && clause.equals(that.clause) && ruleId.equals(that.ruleId)
                && message().equals(that.message()) && facts().equals(that.facts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(clause, ruleId, message(), facts());
    }

    /** The reason as a record would print it: clause, rule id, message and facts. */
    @Override
    public String toString() {
        return "Reason[clause=" + clause + ", ruleId=" + ruleId + ", message=" + message() + ", facts=" + facts() + "]";
    }

    /** Text rendered when first read, e.g. a message formatted from the facts of a decision. */
    @FunctionalInterface
    public interface Text {
        /** The text. */
        String render();
    }
}
