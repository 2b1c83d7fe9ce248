package org.servicepolicy.rest;

import java.util.List;

/**
 * An RFC 9457 problem ({@code application/problem+json}). Members that do not apply are left
 * out.
 *
 * @param type    the problem type URI (see {@link ProblemType})
 * @param title   the type's short summary
 * @param status  the HTTP status
 * @param detail  what went wrong this time
 * @param errors  the fields at fault, for malformed or invalid input
 * @param clause  the policy clause behind a refusal, e.g. {@code §3.2.2}
 * @param rule    the rule that refused, e.g. {@code discipline.leave.covers}
 * @param field   the input field a refusal is about
 * @param missing every evaluation still missing, when finalizing an assessment cycle is refused
 *                for them (rule {@code assessment.finalize.missing-evaluations})
 */
public record ProblemView(String type, String title, int status, String detail, List<FieldErrorView> errors,
                          String clause, String rule, String field, List<MissingEvaluationView> missing) {
    /** A problem without missing evaluations. */
    public ProblemView(String type, String title, int status, String detail, List<FieldErrorView> errors,
                       String clause, String rule, String field) {
        this(type, title, status, detail, errors, clause, rule, field, null);
    }

    /** A problem of {@code type} with only a detail. */
    public static ProblemView of(ProblemType type, String detail) {
        return new ProblemView(type.uri().toString(), type.title(), type.status(), detail, null, null, null, null);
    }

    /** A problem of {@code type} listing the fields at fault. */
    public static ProblemView withErrors(ProblemType type, String detail, List<FieldErrorView> errors) {
        return new ProblemView(type.uri().toString(), type.title(), type.status(), detail, List.copyOf(errors), null,
                null, null);
    }

    /** This problem listing {@code evaluations} as the missing evaluations. */
    public ProblemView withMissing(List<MissingEvaluationView> evaluations) {
        return new ProblemView(type, title, status, detail, errors, clause, rule, field, List.copyOf(evaluations));
    }
}
