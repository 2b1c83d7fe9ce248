package org.servicepolicy.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One step of a decision's explanation.
 *
 * @param clause  the policy clause applied, e.g. {@code §3.3.3}
 * @param ruleId  the rule of the library that applied it, e.g. {@code discipline.ladder.points}
 * @param message the step in words
 * @param facts   the facts the step used, in the order they matter (names to printable values)
 */
public record Reason(String clause, String ruleId, String message, Map<String, String> facts) {
    private static final Pattern CLAUSE = Pattern.compile("§\\d+(\\.\\d+)*");

    /** Validates the clause syntax and keeps the facts' order. */
    public Reason {
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(message, "message");
        if (!CLAUSE.matcher(clause).matches()) {
            throw new IllegalArgumentException("clause must look like §3.3.3: " + clause);
        }
        var copy = new LinkedHashMap<String, String>();
        facts.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "fact name"), Objects.requireNonNull(v, "fact " + k)));
        facts = Collections.unmodifiableMap(copy);
    }

    /** A reason without facts. */
    public static Reason of(String clause, String ruleId, String message) {
        return new Reason(clause, ruleId, message, Map.of());
    }

    /** A reason with facts given as alternating names and values. */
    public static Reason of(String clause, String ruleId, String message, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts come in name/value pairs");
        }
        var facts = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            facts.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return new Reason(clause, ruleId, message, facts);
    }
}
