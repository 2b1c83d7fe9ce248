package org.servicepolicy.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /api/v1/openapi.json}: the API's OpenAPI document, readable without authentication. */
@Path("/api/v1/openapi.json")
@ApiResource
@Produces(MediaType.APPLICATION_JSON)
public final class OpenApiResource {
    private final JsonBytes document = Json.write(OpenApiDocument.build());

    /** The OpenAPI 3.0 document, written once. */
    @GET
    public JsonBytes document() {
        return document;
    }
}
