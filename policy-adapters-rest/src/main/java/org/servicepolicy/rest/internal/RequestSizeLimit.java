package org.servicepolicy.rest.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Refuses with 413 a request to the API whose {@code Content-Length} announces more than the
 * limit, before anything of it is read, before even the caller is authenticated: refusing costs
 * nothing. A body of unknown length (chunked) is cut off at the limit while it is read, by
 * {@link JsonBodyReader}.
 */
@ApiResource
public final class RequestSizeLimit implements ContainerRequestFilter {
    private final long limit;

    /** Refuses bodies announced larger than {@code limit} bytes. */
    public RequestSizeLimit(long limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        var announced = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (announced != null && exceeds(announced.strip())) {
            request.abortWith(Problems.response(ProblemException.requestTooLarge(limit).problem()));
        }
    }

    private boolean exceeds(String length) {
        if (length.isEmpty() || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // Not a length: the HTTP server refuses such requests, or the body is capped as it is read.
            return false;
        }
        return length.length() > 18 || Long.parseLong(length) > limit;
    }
}
