package org.servicepolicy.rest.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Objects;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;

/**
 * Checks request bodies before they reach the core: a required body must be present, and the
 * Bean Validation constraints of the body's record (the shape of nested objects, lengths of
 * members the core does not see) must hold. The core checks the meaning of the input.
 */
public final class Bodies {
    private final Validator validator;

    /** Checks bodies with {@code validator}. */
    public Bodies(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * {@code body}, checked.
     *
     * @throws ProblemException      (400) when there is no body
     * @throws InvalidInputException (422) listing every constraint the body breaks
     */
    public <T> T required(T body) {
        if (body == null) {
            throw ProblemException.missingBody();
        }
        return checked(body);
    }

    /** {@code body}, checked, or null when there is none. */
    public <T> T optional(T body) {
        return body == null ? null : checked(body);
    }

    private <T> T checked(T body) {
        var problems = validator.validate(body).stream()
                .map(Bodies::problemOf)
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    private static FieldProblem problemOf(ConstraintViolation<?> violation) {
        return new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage());
    }
}
