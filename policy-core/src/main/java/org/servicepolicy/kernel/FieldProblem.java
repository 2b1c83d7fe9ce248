package org.servicepolicy.kernel;

import java.util.Objects;

/**
 * One thing wrong with one input field.
 *
 * @param field   the field's name as the caller spelt it (dotted for nested fields)
 * @param message what is wrong, in words a person can act on
 */
public record FieldProblem(String field, String message) {
    /** Requires both parts. */
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
