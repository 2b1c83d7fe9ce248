package org.servicepolicy.rest.internal;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Role;

/** The host's security context with its principal resolved to the policy's actor, once per request. */
final class ActorSecurityContext implements SecurityContext {
    private final SecurityContext host;
    private final ActorPrincipal principal;

    ActorSecurityContext(SecurityContext host, Actor actor) {
        this.host = Objects.requireNonNull(host, "host");
        this.principal = new ActorPrincipal(actor);
    }

    /** A principal that carries the resolved actor; its name is the employee id. */
    record ActorPrincipal(Actor actor) implements Principal {
        @Override
        public String getName() {
            return actor.id().value();
        }
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    /** Whether the actor holds the policy role named {@code role} ({@code HR}, {@code MANAGER}, ...). */
    @Override
    public boolean isUserInRole(String role) {
        return Arrays.stream(Role.values())
                .anyMatch(r -> r.name().equals(role) && principal.actor().has(r));
    }

    @Override
    public boolean isSecure() {
        return host.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
        return host.getAuthenticationScheme();
    }
}
