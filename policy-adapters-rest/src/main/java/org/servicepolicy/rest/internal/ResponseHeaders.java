package org.servicepolicy.rest.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Marks every answer under {@code /api/v1}, errors and unknown paths included:
 * {@code Cache-Control: no-store}, since answers hold personal data (wages, penalties, grades)
 * that no browser or proxy may keep, and {@code X-Content-Type-Options: nosniff}, so that a
 * browser never runs an answer as anything but what its media type says. Answers of the host's
 * own paths are left alone.
 */
public final class ResponseHeaders implements ContainerResponseFilter {
    private static final String API = "api/v1";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var path = request.getUriInfo().getPath();
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        path = path.substring(start);
        if (path.equals(API) || path.startsWith(API + "/")) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        }
    }
}
