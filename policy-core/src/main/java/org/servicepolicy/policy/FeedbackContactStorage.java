package org.servicepolicy.policy;

import java.util.Optional;

/**
 * How the contact a customer leaves with their feedback is stored (§2.3.2, §1.3.3: customer data
 * is kept no more than handling needs).
 */
public enum FeedbackContactStorage {
    /** Stored as given. */
    AS_GIVEN,
    /** Stored with all but its first two and last two characters replaced by {@code *}. */
    MASKED,
    /** Not stored at all. */
    NONE;

    /** What is stored of {@code contact} under this setting. */
    public Optional<String> apply(Optional<String> contact) {
        return switch (this) {
            case AS_GIVEN -> contact;
            case NONE -> Optional.empty();
            case MASKED -> contact.map(FeedbackContactStorage::mask);
        };
    }

    /** Keeps two characters at each end, fewer when that would show it whole; counts characters, not UTF-16 units. */
    private static String mask(String contact) {
        var points = contact.codePoints().toArray();
        var shown = Math.min(2, (points.length - 1) / 2);
        var masked = new StringBuilder(contact.length());
        for (int i = 0; i < points.length; i++) {
            masked.appendCodePoint(i < shown || i >= points.length - shown ? points[i] : '*');
        }
        return masked.toString();
    }
}
