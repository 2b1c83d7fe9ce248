package org.servicepolicy.rest.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.servicepolicy.rest.ProblemView;

/**
 * Sends the runtime's own HTTP errors (no such path, method not allowed, unsupported media
 * type, ...) as problems of type {@code about:blank}, keeping their headers (such as
 * {@code Allow}).
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
        var original = exception.getResponse();
        var status = Response.Status.fromStatusCode(original.getStatus());
        var title = status == null ? "HTTP " + original.getStatus() : status.getReasonPhrase();
        var detail = switch (original.getStatus()) {
            case 404 -> "there is nothing at this path";
            case 405 -> "this path does not accept the method; see the Allow header";
            case 406 -> "this resource answers with JSON only";
            case 415 -> "send the body as application/json";
            default -> title;
        };
        var problem = new ProblemView("about:blank", title, original.getStatus(), detail, null, null, null, null);
        return Response.fromResponse(original).entity(problem).type(Problems.PROBLEM_JSON).build();
    }
}
