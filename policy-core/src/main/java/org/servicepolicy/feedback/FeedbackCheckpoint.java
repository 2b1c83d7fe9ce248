package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.servicepolicy.kernel.StoredPrecision;

/**
 * A moment at which the sweep acts on an item of feedback (§2.3.2): a warning, a breach or an
 * escalation to HR of one of its clocks, such as {@code FIRST_RESPONSE.WARNING} or
 * {@code R2.RESOLUTION.BREACH}. Each key fires at most once per item.
 *
 * @param key what fires: {@code <clock>.<WARNING|BREACH|HR>}, the clock {@code FIRST_RESPONSE} or {@code R<n>.RESOLUTION}
 * @param at  when it falls due, at the stores' precision
 */
public record FeedbackCheckpoint(String key, Instant at) {
    private static final Pattern KEY = Pattern.compile("(FIRST_RESPONSE|R[1-9][0-9]{0,3}\\.RESOLUTION)\\.(WARNING|BREACH|HR)");

    /** Requires a well-formed key and keeps {@code at} at the stores' precision. */
    public FeedbackCheckpoint {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a feedback checkpoint key: " + key);
        }
        at = StoredPrecision.truncate(Objects.requireNonNull(at, "at"));
    }

    /** The clock it belongs to: {@code FIRST_RESPONSE} or {@code R<n>.RESOLUTION}. */
    public String clock() {
        return key.substring(0, key.lastIndexOf('.'));
    }

    /** What fires: {@code WARNING}, {@code BREACH} or {@code HR}. */
    public String stage() {
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
