package org.servicepolicy.rest.internal;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.ServicePolicyException;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.rest.FieldErrorView;
import org.servicepolicy.rest.ProblemType;
import org.servicepolicy.rest.ProblemView;

/**
 * Maps the core's errors to problems: invalid input and policy refusals 422, not found 404,
 * conflicts 409, access denied 403, storage failures 500 without their internals.
 */
public final class ServicePolicyExceptionMapper implements ExceptionMapper<ServicePolicyException> {
    private static final System.Logger LOG = System.getLogger(ServicePolicyExceptionMapper.class.getName());

    @Override
    public Response toResponse(ServicePolicyException exception) {
        return Problems.response(problemOf(exception));
    }

    static ProblemView problemOf(ServicePolicyException exception) {
        if (exception instanceof InvalidInputException invalid) {
            return ProblemView.withErrors(ProblemType.INVALID_INPUT, invalid.getMessage(), invalid.problems().stream()
                    .map(p -> new FieldErrorView(p.field(), p.message())).toList());
        }
        if (exception instanceof PolicyRefusalException refusal) {
            var type = ProblemType.POLICY_REFUSAL;
            return new ProblemView(type.uri().toString(), type.title(), type.status(), refusal.getMessage(), null,
                    refusal.clause().orElseThrow(), refusal.ruleId(), refusal.field().orElse(null));
        }
        if (exception instanceof StorageException) {
            LOG.log(System.Logger.Level.ERROR, "storage failure", exception);
            return ProblemView.of(ProblemType.STORAGE_FAILURE,
                    "the service could not read or write its data; nothing was changed, try again later");
        }
        // Not found, conflicts and access denied: the type follows from the error's code.
        return ProblemView.of(ProblemType.ofCode(exception.code()), exception.getMessage());
    }
}
