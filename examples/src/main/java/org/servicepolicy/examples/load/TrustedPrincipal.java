package org.servicepolicy.examples.load;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

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
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return "load";
            }
        });
    }
}
