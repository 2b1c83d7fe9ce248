package org.servicepolicy.rest.internal;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Sends the problems the adapter finds itself. */
public final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException exception) {
        var response = Problems.response(exception.problem());
        return exception.challenge()
                .map(challenge -> Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build())
                .orElse(response);
    }
}
