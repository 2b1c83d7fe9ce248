package org.servicepolicy.rest.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.rest.FieldErrorView;
import org.servicepolicy.rest.MissingEvaluationView;
import org.servicepolicy.rest.ProblemType;
import org.servicepolicy.rest.ProblemView;

/**
 * A problem found by the adapter itself, before the core was asked (no caller, no body, a query
 * parameter that cannot be read), or a core refusal the adapter completes with data.
 */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ProblemView problem;
    private final transient String challenge;

    private ProblemException(ProblemView problem, String challenge) {
        super(problem.detail());
        this.problem = Objects.requireNonNull(problem, "problem");
        this.challenge = challenge;
    }

    /** No authenticated principal; {@code challenge} is the host's WWW-Authenticate value, if it gave one. */
    static ProblemException unauthenticated(Optional<String> challenge) {
        return new ProblemException(ProblemView.of(ProblemType.UNAUTHENTICATED,
                "this request needs an authenticated caller"), challenge.orElse(null));
    }

    /** A request body was required and none was sent. */
    static ProblemException missingBody() {
        return new ProblemException(ProblemView.withErrors(ProblemType.MALFORMED_REQUEST,
                "this request needs a JSON body", List.of(new FieldErrorView("body", "is required"))), null);
    }

    /** The body is larger than {@code limit} bytes. */
    static ProblemException requestTooLarge(long limit) {
        var message = "must be at most " + limit + " bytes";
        return new ProblemException(ProblemView.withErrors(ProblemType.REQUEST_TOO_LARGE,
                "the body is larger than the " + limit + " bytes this API accepts",
                List.of(new FieldErrorView("body", message))), null);
    }

    /** A body was sent in another media type than JSON. */
    static ProblemException unsupportedMediaType() {
        return new ProblemException(unsupportedMediaTypeProblem(), null);
    }

    /** The problem of a body sent in another media type than JSON. */
    static ProblemView unsupportedMediaTypeProblem() {
        return ProblemView.withErrors(ProblemType.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json",
                List.of(new FieldErrorView("Content-Type", "must be application/json")));
    }

    /** A request body that could not be read as JSON of its type; see {@link JsonProblems}. */
    static ProblemException unreadableBody(ProblemView problem) {
        return new ProblemException(problem, null);
    }

    /** The policy refused to finalize a cycle while evaluations are missing: {@code missing} lists them. */
    static ProblemException missingEvaluations(PolicyRefusalException refusal, List<MissingEvaluationView> missing) {
        return new ProblemException(ServicePolicyExceptionMapper.problemOf(refusal).withMissing(missing), null);
    }

    /** The query parameter {@code name} has a value that cannot be read as what it stands for. */
    static ProblemException malformedParameter(String name, String message) {
        return new ProblemException(ProblemView.withErrors(ProblemType.MALFORMED_REQUEST, name + ": " + message,
                List.of(new FieldErrorView(name, message))), null);
    }

    /** The problem to send. */
    ProblemView problem() {
        return problem;
    }

    /** The WWW-Authenticate challenge to send with a 401, if any. */
    Optional<String> challenge() {
        return Optional.ofNullable(challenge);
    }
}
