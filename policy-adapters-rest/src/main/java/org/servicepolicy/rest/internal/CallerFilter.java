package org.servicepolicy.rest.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Objects;

/**
 * Resolves the caller after the host's authentication and before the body is read, so that an
 * anonymous request is answered 401 whatever its body. Registered at the authorisation
 * priority, after the host's authentication filters.
 */
@Authenticated
public final class CallerFilter implements ContainerRequestFilter {
    private final Callers callers;

    /** A filter resolving callers with {@code callers}. */
    public CallerFilter(Callers callers) {
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        var actor = callers.actor(request.getSecurityContext());
        request.setSecurityContext(new ActorSecurityContext(request.getSecurityContext(), actor));
    }
}
