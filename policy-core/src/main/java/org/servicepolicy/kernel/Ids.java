package org.servicepolicy.kernel;

import java.util.Objects;
import java.util.regex.Pattern;

/** Validation shared by every identifier: short, printable, safe in URLs and logs. */
public final class Ids {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Ids() {
    }

    /**
     * Returns {@code value} when it is a valid identifier.
     *
     * @throws IllegalArgumentException naming {@code kind} when it is not
     */
    public static String requireValid(String kind, String value) {
        Objects.requireNonNull(value, kind + " must not be null");
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException(kind + " must be 1-64 letters, digits, '.', '_' or '-': " + value);
        }
        return value;
    }

    /** Whether {@code value} would be accepted by {@link #requireValid}. */
    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }
}
