package org.servicepolicy.rest.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.servicepolicy.rest.ProblemView;

/**
 * Builds {@code application/problem+json} responses, written by the adapter itself so that
 * no JSON provider of the host changes them (absent members stay out).
 */
final class Problems {
    /** The RFC 9457 media type. */
    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    /** A response carrying {@code problem} with its status. */
    static Response response(ProblemView problem) {
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(Json.write(problem)).build();
    }
}
