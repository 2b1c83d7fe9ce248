package org.servicepolicy.kernel;

import java.util.List;
import java.util.stream.Collectors;

/** A command or definition is malformed; every problem found is listed, nothing was changed. */
public final class InvalidInputException extends ServicePolicyException {
    private final transient List<FieldProblem> problems;

    /** An error listing {@code problems}, which must not be empty. */
    public InvalidInputException(List<FieldProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** An error about one field. */
    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; "));
    }

    /** The problems, in the order they were found. */
    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String code() {
        return "invalid-input";
    }
}
