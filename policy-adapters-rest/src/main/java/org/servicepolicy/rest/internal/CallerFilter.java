package org.servicepolicy.rest.internal;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;

/**
 * Resolves the caller after the host's authentication and before the body is read, so that an
 * anonymous request is answered 401 whatever its body. Registered at the authorisation
 * priority, after the host's authentication filters. A read (GET, HEAD) has no body to guard:
 * its caller is resolved on first use, inside the read's transaction ({@link Callers#read}), so
 * that the whole request takes one transaction.
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
        var host = callers.authenticated(request.getSecurityContext());
        var method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            request.setSecurityContext(new ActorSecurityContext(host, about -> callers.actor(host, about)));
        } else {
            Actor actor = callers.actor(host);
            request.setSecurityContext(new ActorSecurityContext(host, about -> actor));
        }
    }
}
