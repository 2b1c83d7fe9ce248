package org.servicepolicy.kernel;

/**
 * Validation shared by every identifier: short, printable, safe in URLs and logs. Every id read
 * from a store passes here, so the check is a loop over the characters rather than a regular
 * expression, and builds its message only when it fails.
 */
public final class Ids {
    /** The longest identifier. */
    private static final int MOST_CHARACTERS = 64;

    private Ids() {
    }

    /**
     * Returns {@code value} when it is a valid identifier: 1-64 ASCII letters, digits, '.', '_'
     * or '-', the first a letter or a digit.
     *
     * @throws NullPointerException     naming {@code kind} when it is null
     * @throws IllegalArgumentException naming {@code kind} when it is not valid
     */
    public static String requireValid(String kind, String value) {
        if (value == null) {
            throw new NullPointerException(kind + " must not be null");
        }
        if (!isValid(value)) {
            throw new IllegalArgumentException(kind + " must be 1-64 letters, digits, '.', '_' or '-': " + value);
        }
        return value;
    }

    /** Whether {@code value} would be accepted by {@link #requireValid}. */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MOST_CHARACTERS || !letterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
