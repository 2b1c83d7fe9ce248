package org.servicepolicy.examples;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;

/**
 * HTTP Basic authentication for the example app: a request with valid credentials runs as the
 * account's employee; without credentials the REST adapter answers 401. Real hosts use their
 * own authentication and hand the principal to the adapter the same way.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BasicAuthentication implements ContainerRequestFilter {
    private final Accounts accounts;

    /** Authenticates against {@code accounts}. */
    public BasicAuthentication(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        var header = request.getHeaderString("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return;
        }
        var employeeId = accounts.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray());
        if (employeeId.isEmpty()) {
            return;
        }
        Principal principal = employeeId::get;
        var secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
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
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        });
    }
}
