package org.servicepolicy.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code /api/v1/openapi.json}: the API's OpenAPI document, readable without authentication. */
@Path("/api/v1/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public final class OpenApiResource {
    private final Map<String, Object> document = OpenApiDocument.build();

    /** The OpenAPI 3.0 document. */
    @GET
    public Map<String, Object> document() {
        return document;
    }
}
