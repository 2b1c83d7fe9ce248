package org.servicepolicy.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The host's authentication in the tests: HTTP Basic against the fixed {@link User} accounts,
 * the principal's name being the employee id. A request without valid credentials stays
 * anonymous and the API decides what to answer. Registered at the authentication priority, as a
 * host would.
 */
final class BasicAuthentication implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(BasicAuthentication::userFor)
                .ifPresent(user -> request.setSecurityContext(new Authenticated(user.id())));
    }

    private static Optional<String[]> credentials(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return Optional.empty();
        }
        var decoded = new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
        var colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty()
                : Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    private static Optional<User> userFor(String[] credentials) {
        return Arrays.stream(User.values())
                .filter(u -> u.login().equals(credentials[0]) && User.PASSWORD.equals(credentials[1]))
                .findFirst();
    }

    private record Authenticated(String employeeId) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return () -> employeeId;
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
            return BASIC_AUTH;
        }
    }
}
