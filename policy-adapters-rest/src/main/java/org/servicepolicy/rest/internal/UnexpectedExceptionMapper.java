package org.servicepolicy.rest.internal;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.servicepolicy.rest.ProblemType;
import org.servicepolicy.rest.ProblemView;

/** Logs any other failure and answers 500 without disclosing anything about it. */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        LOG.log(System.Logger.Level.ERROR, "unexpected failure while serving a request", exception);
        return Problems.response(ProblemView.of(ProblemType.INTERNAL_ERROR,
                "the request failed unexpectedly; the failure has been logged"));
    }
}
