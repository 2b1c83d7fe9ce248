package org.servicepolicy.examples.load;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.security.Principal;
import org.servicepolicy.examples.CallerContext;

/**
 * The load run's stand-in for a host's authentication that costs next to nothing (a session or
 * a token already checked by a gateway): it takes the principal from the {@value #HEADER}
 * header. It trusts any caller, so it serves only the load run on the loopback address; the
 * example app's figure measures real authentication.
 */
@Priority(Priorities.AUTHENTICATION)
public final class TrustedPrincipal implements ContainerRequestFilter {
    /** The header naming the principal. */
    public static final String HEADER = "X-Load-Principal";

    @Override
    public void filter(ContainerRequestContext request) {
        var name = request.getHeaderString(HEADER);
        if (name == null) {
            return;
        }
        Principal principal = () -> name;
        request.setSecurityContext(new CallerContext(principal, false, "load"));
    }
}
