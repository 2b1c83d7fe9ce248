package org.servicepolicy.rest.internal;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.servicepolicy.rest.FieldErrorView;
import org.servicepolicy.rest.ProblemType;
import org.servicepolicy.rest.ProblemView;

/**
 * Sends the runtime's own HTTP errors as problems, keeping their headers (such as
 * {@code Allow}): a body in another media type than JSON (415) and an {@code Accept} header JSON
 * does not meet (406) name the header at fault; the others (no such path, method not allowed,
 * ...) are problems of type {@code about:blank}.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
        var original = exception.getResponse();
        var problem = switch (original.getStatus()) {
            case 406 -> ProblemView.withErrors(ProblemType.NOT_ACCEPTABLE, "this resource answers with JSON only",
                    List.of(new FieldErrorView("Accept", "must admit application/json")));
            case 415 -> ProblemException.unsupportedMediaTypeProblem();
            default -> plain(original.getStatus());
        };
        return Response.fromResponse(original).entity(Json.write(problem)).type(Problems.PROBLEM_JSON).build();
    }

    private static ProblemView plain(int status) {
        var known = Response.Status.fromStatusCode(status);
        var title = known == null ? "HTTP " + status : known.getReasonPhrase();
        var detail = switch (status) {
            case 404 -> "there is nothing at this path";
            case 405 -> "this path does not accept the method; see the Allow header";
            default -> title;
        };
        return new ProblemView("about:blank", title, status, detail, null, null, null, null);
    }
}
