package org.servicepolicy.rest;

/** The core keeps an empty text where nothing was said; the API leaves such members out. */
final class Texts {
    private Texts() {
    }

    /** {@code text}, or null when it is empty. */
    static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
