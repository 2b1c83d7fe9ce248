package org.servicepolicy.examples;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Objects;

/**
 * The security context of an authenticated caller: their principal, whether the request came
 * over a secure channel and how they were authenticated. Roles are the core's to decide, so the
 * context claims none.
 *
 * @param principal the caller, named by their employee id
 * @param secure    whether the request came over a secure channel
 * @param scheme    how the caller was authenticated
 */
public record CallerContext(Principal principal, boolean secure, String scheme) implements SecurityContext {
    /** Requires the principal and the scheme. */
    public CallerContext {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(scheme, "scheme");
    }

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
        return scheme;
    }
}
