package org.servicepolicy.rest.internal;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;

/**
 * The host's security context with its principal resolved to the policy's actor, once per
 * request: at once, or on first use, so that a read resolves it in the transaction of its read.
 */
final class ActorSecurityContext implements SecurityContext {
    private final SecurityContext host;
    private final ActorPrincipal principal;

    ActorSecurityContext(SecurityContext host, Function<Set<EmployeeId>, Actor> actor) {
        this.host = Objects.requireNonNull(host, "host");
        this.principal = new ActorPrincipal(actor);
    }

    /**
     * A principal that carries the actor, resolved on first use and then kept; its name is the
     * employee id. A request is served on one thread, so the first use needs no lock.
     */
    static final class ActorPrincipal implements Principal {
        private final Function<Set<EmployeeId>, Actor> resolve;
        private Actor actor;

        private ActorPrincipal(Function<Set<EmployeeId>, Actor> resolve) {
            this.resolve = Objects.requireNonNull(resolve, "resolve");
        }

        /** The actor, resolved on the first call. */
        Actor actor() {
            return actor(Set.of());
        }

        /**
         * The actor, resolved on the first call together with the employees {@code about} the
         * request is about, so that its read finds them in the same transaction without asking again.
         */
        Actor actor(Set<EmployeeId> about) {
            if (actor == null) {
                actor = resolve.apply(about);
            }
            return actor;
        }

        @Override
        public String getName() {
            return actor().id().value();
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
